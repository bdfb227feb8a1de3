import { render } from 'preact';
import { App } from '../../ui/App';
import { panelHost } from '../../webext/panel-host';

render(<App host={panelHost} />, document.getElementById('app')!);
