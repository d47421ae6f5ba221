/**
 * The audit trail: who changed what, when, from which value to which, why, and through which path
 * (form, import), always in the transaction of the change itself.
 */
package org.minsheng.audit;
