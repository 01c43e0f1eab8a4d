// Tests read English: code under test calls t() as main and the window do after start-up, so the
// English catalogue is active before any test runs (a test about another language activates it).
import en from '../../electron/i18n/common/generated/en.js';
import { activateCatalog } from '../../electron/i18n/common/translate';

activateCatalog('en', en);
