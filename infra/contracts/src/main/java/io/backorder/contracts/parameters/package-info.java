/** Run-time changes of the merchant's settings (parameters), one stream per service. */
package io.backorder.contracts.parameters;
