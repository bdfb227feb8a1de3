import { describe, expect, it } from 'vitest';
import { describeDetection, deviceKindFromModel } from '../../../../shared/device/kind';

describe('deviceKindFromModel', () => {
  it.each([
    ['DHI-NVR5232-4KS2', 'NVR'],
    ['NVR4108HS-8P-4KS2/L', 'NVR'],
    ['DH-XVR5108HS-I3', 'XVR'],
    ['XVR7816S-4KL-X-LP-V2', 'XVR'],
    ['MXVR1004', 'XVR'],
    ['HCVR5104HS-S2', 'HCVR'],
    ['DVR0804ME', 'DVR'],
    ['DHI-IVSS7008-1T', 'IVSS'],
    ['EVS7124S', 'EVS'],
    ['DH-IPC-HDW1239T1-A-LED-S5', 'IPC'],
    ['IPC-HDW5831R-ZE', 'IPC'],
    ['TPC-BF5421-T', 'IPC'],
    ['IP5M-T1179E', 'IPC'],
    ['dhi-nvr5232-4ks2', 'NVR'],
  ])('%s → %s', (model, kind) => {
    expect(deviceKindFromModel(model)).toBe(kind);
  });

  it.each([null, '', 'IP Camera', 'VTO2202F-P', 'NV4108E-HS', 'N841A82'])('%s → null', (model) => {
    expect(deviceKindFromModel(model)).toBeNull();
  });
});

describe('describeDetection', () => {
  it('names brand and kind', () => {
    expect(describeDetection('Dahua', 'NVR')).toBe('Dahua NVR detected');
    expect(describeDetection('Amcrest', 'NVR')).toBe('Amcrest NVR detected');
    expect(describeDetection('Lorex', 'XVR')).toBe('Lorex XVR detected');
    expect(describeDetection('Dahua', 'IPC')).toBe('Dahua IP camera detected');
  });

  it('falls back to "recorder" and to Dahua', () => {
    expect(describeDetection('Dahua', null)).toBe('Dahua recorder detected');
    expect(describeDetection('Intelbras', deviceKindFromModel('NV4108E-HS'))).toBe(
      'Intelbras recorder detected',
    );
    expect(describeDetection('', null)).toBe('Dahua recorder detected');
  });
});
