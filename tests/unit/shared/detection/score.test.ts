/**
 * Scoring rules on hand-made signals: which combinations are certain, which only justify the
 * one-request confirmation, and which must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { CANDIDATE_SCORE, scoreSignals } from '../../../../shared/detection/score';
import type { PageSignals } from '../../../../shared/detection/types';

function signals(partial: Partial<PageSignals>): PageSignals {
  return {
    url: 'http://192.168.1.20/',
    host: '192.168.1.20',
    title: '',
    scriptSrcs: [],
    assetUrls: [],
    formFields: [],
    classNames: [],
    inlineScript: '',
    footerText: '',
    hasPasswordField: false,
    ...partial,
  };
}

describe('scoreSignals', () => {
  it('is none for an empty page, even with a password field', () => {
    expect(scoreSignals(signals({ hasPasswordField: true }))).toEqual({
      level: 'none',
      score: 0,
      generation: null,
      brand: 'Dahua',
      matched: [],
    });
  });

  it.each<[string, Partial<PageSignals>]>([
    ['title + jsBase script', { title: 'WEB SERVICE', scriptSrcs: ['jsBase/lib/jquery.js'] }],
    [
      'baseProj asset + custom logo',
      { assetUrls: ['/baseProj/images/favicon.ico', 'custom_logo/web_logo.png'] },
    ],
    ['inline global.login + RPC2_Login', { inlineScript: 'post("/RPC2_Login", {"method":"global.login"})' }],
    ['t_username + slct_userType', { formFields: ['t_username', 'slct_userType'] }],
    [
      'webplugin.exe + playback_bottom_bar',
      { assetUrls: ['webplugin.exe'], classNames: ['playback_bottom_bar'] },
    ],
    ['Amcrest footer + LDAPUser', { footerText: '© Amcrest Technologies', formFields: ['LDAPUser'] }],
  ])('is certain for %s', (_name, partial) => {
    expect(scoreSignals(signals(partial)).level).toBe('certain');
  });

  it.each<[string, Partial<PageSignals>]>([
    [
      'title + password + webpack chunks',
      {
        title: 'WEB SERVICE',
        hasPasswordField: true,
        scriptSrcs: ['/static/js/2.3e8a9b1c.chunk.js'],
        inlineScript: 'a.src=c.p+"static/js/"+e+"."+{3:"ab12cd34"}[e]+".chunk.js"',
      },
    ],
    ['Dahua DDNS host + password', { host: 'shop.dahuaddns.com', hasPasswordField: true }],
    ['quickddns host + title', { host: 'x.quickddns.com', title: 'WEB SERVICE' }],
    ['jsBase scripts alone', { scriptSrcs: ['jsBase/lib/jquery.js'] }],
    ['FLIR plug-in + password', { assetUrls: ['flir_webplugin.exe'], hasPasswordField: true }],
    [
      'title + P3P header from the CLI fetch + password',
      { title: 'WEB SERVICE', hasPasswordField: true, headers: { p3p: 'CP=CAO PSA OUR' } },
    ],
  ])('is a candidate for %s', (_name, partial) => {
    const verdict = scoreSignals(signals(partial));
    expect(verdict.level).toBe('candidate');
    expect(verdict.score).toBeGreaterThanOrEqual(CANDIDATE_SCORE);
  });

  it.each<[string, Partial<PageSignals>]>([
    ['title alone', { title: 'WEB SERVICE' }],
    ['title + password', { title: 'WEB SERVICE', hasPasswordField: true }],
    [
      'webpack app with a login form',
      {
        hasPasswordField: true,
        scriptSrcs: ['/static/js/main.c41d7f2a.chunk.js'],
        inlineScript: 'i.p+"static/js/"+({}[e]||e)+"."+{3:"7b1c2d3e"}[e]+".chunk.js"',
      },
    ],
    ['DDNS host alone', { host: 'cam.dahuaddns.com' }],
    ['a look-alike host', { host: 'dahuaddns.com.example.org', hasPasswordField: true }],
    ['Amcrest shop footer + password', { footerText: '© 2024 Amcrest Technologies', hasPasswordField: true }],
    ['jQuery UI dialog + password', { classNames: ['ui-dialog-content'], hasPasswordField: true }],
    ['brand names only', { footerText: 'Lorex Intelbras IMOU', hasPasswordField: true }],
  ])('is none for %s', (_name, partial) => {
    expect(scoreSignals(signals(partial)).level).toBe('none');
  });

  it('lets DVR Netview veto everything', () => {
    const verdict = scoreSignals(
      signals({ title: 'DVR Netview', scriptSrcs: ['jsBase/lib/jquery.js', 'debug/testPage.js'] }),
    );
    expect(verdict.level).toBe('none');
    expect(verdict.matched).toContain('negative-dvr-netview');
  });

  it('names the generation with the most weight and the OEM brand', () => {
    const verdict = scoreSignals(
      signals({
        title: 'WEB SERVICE',
        scriptSrcs: ['/baseProj/js/a.js'],
        footerText: 'Copyright © Lorex Corporation',
        hasPasswordField: true,
      }),
    );
    expect(verdict).toMatchObject({ level: 'certain', generation: 'h5', brand: 'Lorex' });
    expect(verdict.matched).toEqual([
      'title-web-service',
      'script-baseproj',
      'brand-lorex-footer',
      'password-field',
    ]);
  });
});
