/** How each brand dresses the shared Dahua UI (logo, colours, footer). */
import type { SimBrand } from './devices';

export interface BrandStyle {
  /** Text drawn into the logo image and used as its alt text. */
  logoText: string;
  /** Main UI colour (#rrggbb). */
  accent: string;
  /** Footer/copyright line; '' where the UI shows none (Dahua's own pages). */
  copyright: string;
  /** Name the local GUI shows in its title bar. */
  guiName: string;
}

export const BRAND_STYLES: Record<SimBrand, BrandStyle> = {
  Dahua: { logoText: 'DAHUA', accent: '#e60012', copyright: '', guiName: 'dahua' },
  // nuclei's amcrest-login matcher keys on this exact phrase.
  Amcrest: {
    logoText: 'AMCREST',
    accent: '#1e6fb8',
    copyright: 'Copyright © 2019 Amcrest Technologies. All rights reserved.',
    guiName: 'AMCREST',
  },
  Lorex: {
    logoText: 'LOREX',
    accent: '#1d1d1b',
    copyright: 'Copyright © 2020 Lorex Corporation. All rights reserved.',
    guiName: 'LOREX',
  },
  Intelbras: {
    logoText: 'INTELBRAS',
    accent: '#00a335',
    copyright: 'Copyright © Intelbras S/A. Todos os direitos reservados.',
    guiName: 'INTELBRAS',
  },
  IMOU: {
    logoText: 'IMOU',
    accent: '#f18d00',
    copyright: 'Copyright © IMOU. All rights reserved.',
    guiName: 'IMOU',
  },
};
