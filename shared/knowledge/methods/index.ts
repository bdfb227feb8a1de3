/**
 * The documented reset methods, one file each, gathered here so UIs and the ranking read one
 * table. Variant selection lives here too because it is a property of the data, not of a UI.
 */
import type { Brand, DeviceFamily, Method, MethodId, MethodVariant, Step } from '../types';
import { METHOD_IDS } from '../types';
import { deviceInit } from './device-init';
import { legacySerialDate } from './legacy-serial-date';
import { qrDmss } from './qr-dmss';
import { resetButton } from './reset-button';
import { securityQuestions } from './security-questions';
import { xmlConfigtool } from './xml-configtool';

export { deviceInit, legacySerialDate, qrDmss, resetButton, securityQuestions, xmlConfigtool };

export const methods: Readonly<Record<MethodId, Method>> = {
  'qr-dmss': qrDmss,
  'security-questions': securityQuestions,
  'reset-button': resetButton,
  'xml-configtool': xmlConfigtool,
  'legacy-serial-date': legacySerialDate,
  'device-init': deviceInit,
};

export const methodList: readonly Method[] = METHOD_IDS.map((id) => methods[id]);

export function getMethod(id: MethodId): Method {
  return methods[id];
}

export function isMethodId(value: unknown): value is MethodId {
  return typeof value === 'string' && (METHOD_IDS as readonly string[]).includes(value);
}

/**
 * The variant that replaces the base steps for this device, if any. A family match wins over a
 * brand match: an Amcrest camera needs the camera procedure, not the Amcrest NVR one.
 */
export function variantFor(
  method: Method,
  device: { brand: Brand; family: DeviceFamily | null },
): MethodVariant | null {
  const variants = method.variants ?? [];
  const family = device.family;
  const byFamily = family ? variants.find((v) => v.appliesTo.families?.includes(family)) : undefined;
  return byFamily ?? variants.find((v) => v.appliesTo.brands?.includes(device.brand)) ?? null;
}

/** The checklist to show for this device: a matching variant's steps, else the base steps. */
export function stepsFor(method: Method, device: { brand: Brand; family: DeviceFamily | null }): Step[] {
  return variantFor(method, device)?.steps ?? method.steps;
}

/** Base and variant steps together: every step id progress may legitimately refer to. */
export function allSteps(method: Method): Step[] {
  return [...method.steps, ...(method.variants ?? []).flatMap((v) => v.steps)];
}
