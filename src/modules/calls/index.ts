import './call.js';
import './query.calls.js';
import './mutations.js';
