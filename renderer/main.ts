/**
 * Starts the UI: ask the host for the office's settings (falling back to defaults, so the numbers
 * always show), open in the default language, mount the app.
 */
import './styles/fonts';
import './styles/base.css';
import './styles/staff-form.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { installContent } from './content/content';
import { host } from './host';
import { loadLanguage, startI18n } from './i18n/i18n.svelte';
import { pseudoLocalesWanted } from './i18n/pseudo-languages';
import { session } from './state/session.svelte';
import { speech } from './speech/speech-state.svelte';

const [setup, content] = await Promise.all([host.call('kiosk:get-setup', {}), host.call('content:get', {})]);
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

const target = document.getElementById('app');
if (!content.ok) {
  // Without its verified content the kiosk has nothing true to show: it says so, in the two
  // languages staff read, and asks for help (the health view and the shell log name the fault).
  if (target) {
    target.className = 'cannot-start';
    target.textContent = 'Hjelpepunkt kan ikke vise innholdet sitt nå. Be en ansatt om hjelp. — This kiosk cannot show its information right now. Please ask staff for help.';
  }
} else {
  installContent(content.value, pseudoLocalesWanted(location.search));
  await startI18n(session.config.defaultLanguage);
  // Staff screens are in the staff language (Norwegian or English): ready before a PIN is typed.
  await loadLanguage(session.config.staffLanguage);
  if (target) mount(App, { target });
  // The first frame with the app on screen: the benchmark's "interactive" (npm run bench).
  requestAnimationFrame(() => performance.mark('kiosk:interactive'));
}
