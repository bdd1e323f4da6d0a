import { render } from 'preact';
import { OptionsApp } from './App';
import '@/components/base.css';
import './style.css';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
