import type { SimDevice } from '../devices';

export type PageState = 'login' | 'forgot' | 'init';

export interface PageContext {
  device: SimDevice;
  state: PageState;
  /** Reset blob shown in the forgot state. */
  payload: string;
  /** Masked reserved e-mail ('' if none), as getDescript reports it. */
  maskedEmail: string;
  /** Web5 only: fill #root as the page looks once its JS has run (DOM-snapshot tests). */
  hydrated: boolean;
}
