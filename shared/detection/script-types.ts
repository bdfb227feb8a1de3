/**
 * Types a browser executes as classic or module scripts (HTML "JavaScript MIME type essence").
 * JSON, templates, text/x-* and the like are data: code viewers embed file contents there, so
 * both the DOM collector and the HTML-string collector read only these.
 */
export const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-javascript',
  'application/x-ecmascript',
  'text/ecmascript',
  'text/jscript',
  'text/x-javascript',
  'text/x-ecmascript',
]);
