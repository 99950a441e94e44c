// Types and root fields of this area register themselves when imported here.
import './organization.js';
import './researcher.js';
import './mutations.js';
