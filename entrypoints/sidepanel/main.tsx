import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from '@/components/App';

// The page language follows the locale the browser picked for our strings.
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName');
const root = document.getElementById('app');
if (root) render(<App />, root);
