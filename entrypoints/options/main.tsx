import { render } from 'preact';

render(<p>Sumber</p>, document.getElementById('app')!);
