package org.minsheng.base.ui;

/**
 * The signed-in user as the frame names them in its header. The security feature supplies it, so the
 * layout that every feature's pages sit in depends on no feature.
 */
@FunctionalInterface
public interface SignedInUser {

    String displayName();
}
