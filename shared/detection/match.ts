/**
 * Whether one signature matches the collected page signals.
 */
import type { PageSignals, Signature } from './types';

function test(pattern: string | RegExp, value: string): boolean {
  if (typeof pattern === 'string') return value.includes(pattern);
  // A global/sticky RegExp keeps lastIndex between calls and would alternate results.
  pattern.lastIndex = 0;
  return pattern.test(value);
}

function anyOf(pattern: string | RegExp, values: readonly string[]): boolean {
  return values.some((value) => test(pattern, value));
}

export function matchSignature(signature: Signature, signals: PageSignals): boolean {
  const { pattern } = signature;
  switch (signature.where) {
    case 'title':
      return test(pattern, signals.title);
    case 'scriptSrc':
      return anyOf(pattern, signals.scriptSrcs);
    case 'assetUrl':
      return anyOf(pattern, signals.assetUrls);
    case 'formField':
      return anyOf(pattern, signals.formFields);
    case 'className':
      // Tokens are probed exactly; a string pattern means the whole token.
      return typeof pattern === 'string'
        ? signals.classNames.includes(pattern)
        : anyOf(pattern, signals.classNames);
    case 'inlineScript':
      return test(pattern, signals.inlineScript);
    case 'footerText':
      return test(pattern, signals.footerText);
    case 'host':
      return test(pattern, signals.host);
    case 'headerHint':
      return anyOf(
        pattern,
        Object.entries(signals.headers ?? {}).map(([name, value]) => `${name}: ${value}`),
      );
  }
}
