import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/style.css';

render(<OptionsApp />, document.getElementById('app')!);
