/**
 * Starts the UI: ask the host for the office's settings (falling back to defaults, so the numbers
 * always show), open in the default language, mount the app.
 */
import './styles/fonts';
import './styles/base.css';
import './styles/staff-form.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { host } from './host';
import { isShipped, setLanguage } from './i18n/i18n.svelte';
import { session } from './state/session.svelte';
import { speech } from './speech/speech-state.svelte';

const setup = await host.call('kiosk:get-setup', {});
if (setup.ok) {
  session.config = setup.value.config;
  session.host = setup.value.host;
  session.setupNeeded = setup.value.setupNeeded;
  session.pinDamaged = setup.value.staffPin === 'damaged';
  if (setup.value.setupNeeded) session.screen = { name: 'setup' };
} else session.setupProblem = setup.error.message;
// Every visit starts with the office's choices; a visitor's own changes end with their visit.
speech.highContrast = session.config.highContrast;
speech.exploreByTouch = session.config.exploreByTouchDefault;
speech.volume = session.config.readAloudVolume;
setLanguage(isShipped(session.config.defaultLanguage) ? session.config.defaultLanguage : 'nb');

const target = document.getElementById('app');
if (target) mount(App, { target });
