/**
 * What a load balancer asks a node over HTTP: whether it is ready to take users ({@code /ready}), so
 * HAProxy sends nobody to a node whose database is out of reach or that is shutting down.
 */
package org.minsheng.base.web;
