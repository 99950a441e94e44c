// The change log read two ways: the change feed (partners' sync) and the audit trail (staff).
import './feed.js';
