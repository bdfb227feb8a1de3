/**
 * Every id the manifest (extension/package.json) contributes, in one place: the extension
 * registers these and the manifest test checks both lists agree.
 */
export const COMMAND = {
  probe: 'resetCopilot.probe',
  readImage: 'resetCopilot.readImage',
  inspectXml: 'resetCopilot.inspectXml',
  draftEmail: 'resetCopilot.draftEmail',
  openGuide: 'resetCopilot.openGuide',
  forgetDevice: 'resetCopilot.forgetDevice',
} as const;

/** The guide as a webview view in the activity bar's "Reset Copilot" container. */
export const GUIDE_VIEW = 'resetCopilot.guide';
/** The guide as an editor panel (restored after a reload by its serializer). */
export const GUIDE_PANEL = 'resetCopilot.guidePanel';

export const OUTPUT_NAME = 'Recorder Reset Copilot';
/** Settings section: resetCopilot.* */
export const SETTINGS = 'resetCopilot';
