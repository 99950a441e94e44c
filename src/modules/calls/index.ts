import './call.js';
import './query.calls.js';
