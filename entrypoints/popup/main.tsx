import { render } from 'preact';
import { PopupApp } from '@/components/popup/PopupApp';
import '@/components/style.css';

render(<PopupApp />, document.getElementById('app')!);
