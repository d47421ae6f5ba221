package org.minsheng.base;

/**
 * The unit whose commission runs this installation, for the layers below the division feature that
 * must name it: the sign-in page names the issuer (漳州市纪委监委) before anyone signs in. The
 * division feature implements it, so the dependency points downwards.
 */
public interface Installation {

    /** The unit's name (漳州市): public, like every division name. */
    String unitName();

    /** The translation key of the unit's issuer line, which takes {@link #unitName()} (see the level's). */
    String issuerKey();
}
