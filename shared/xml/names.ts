/**
 * Element and attribute names that announce a device value. The export's schema is unknown, so
 * this is a vocabulary, not a schema: names are compared without namespace prefix, case,
 * `_`, `-`, `.` or spaces, and list the spellings Dahua uses in NetSDK structures and web APIs
 * (SerialNo, sn, MacAddr, DeviceType, MachineName…) plus common generic ones.
 */
import type { ExportField } from './types';

/** `d:Serial_No` → `serialno`. */
export function normaliseName(name: string): string {
  const local = name.includes(':') ? name.slice(name.lastIndexOf(':') + 1) : name;
  return local.toLowerCase().replace(/[\s_.-]/g, '');
}

const SERIAL = new Set([
  'sn',
  'serial',
  'serialno',
  'serialnum',
  'serialnumber',
  'devicesn',
  'devsn',
  'deviceserial',
  'deviceserialno',
  'deviceserialnumber',
  'machinesn',
  'sncode',
]);

/** `mac`, `MacAddr`, `DeviceMAC`, `Eth0Mac`, `MAC1` (second network port)… */
const MAC = /^(?:dev(?:ice)?|eth\d*|lan\d*|nic\d*)?mac(?:addr(?:ess)?)?\d*$/;
const MAC_OTHER = new Set(['hwaddr', 'hwaddress', 'physicaladdress']);

const MODEL = new Set([
  'model',
  'modelname',
  'modelno',
  'modelnumber',
  'devicemodel',
  'devmodel',
  'productmodel',
  'devicetype',
  'devtype',
]);

const DEVICE_NAME = new Set(['devicename', 'devname', 'machinename', 'hostname']);

const FIRMWARE = new Set([
  'firmware',
  'firmwareversion',
  'fwversion',
  'softwareversion',
  'swversion',
  'version',
]);

/** `Time`, `CreateTime`, `ExportTime`, `ExportDate`, `Timestamp`, `GenerateTime`… */
const TIMESTAMP = /^(?:[a-z]*time|[a-z]*date|timestamp|datetime)$/;

/** Which field a name announces, or null. */
export function fieldForName(name: string): ExportField | null {
  const n = normaliseName(name);
  if (SERIAL.has(n)) return 'serial';
  if (MAC.test(n) || MAC_OTHER.has(n)) return 'mac';
  if (MODEL.has(n)) return 'model';
  if (DEVICE_NAME.has(n)) return 'deviceName';
  if (FIRMWARE.has(n)) return 'firmware';
  if (TIMESTAMP.test(n)) return 'timestamp';
  return null;
}

/** Attributes that name a key/value pair: `<Param name="SerialNo" value="…"/>`. */
export const PAIR_KEY_ATTRIBUTES = new Set(['name', 'key', 'id', 'field', 'type']);
export const PAIR_VALUE_ATTRIBUTES = new Set(['value', 'val', 'content', 'data']);
