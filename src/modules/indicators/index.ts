// Types and root fields of this area register themselves when imported here.
import './indicator.js';
import './mutations.js';
import './program-evaluation.js';
