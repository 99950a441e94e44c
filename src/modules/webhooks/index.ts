// Webhooks: subscriptions to the change feed, pushed and signed (see README.md here).
import './subscription.js';
import './mutations.js';
