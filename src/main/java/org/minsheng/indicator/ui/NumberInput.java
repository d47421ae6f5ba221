package org.minsheng.indicator.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;

/**
 * A number typed into a plain text field (the target list's year), read the way statisticians type
 * it: full-width digits and thousands separators allowed. A value that is not a number is marked on
 * its field and stops the action before the service is called. Dialog fields that hold numbers are
 * IntegerField and BigDecimalField under a Binder instead.
 */
final class NumberInput {

    static final class NotANumber extends RuntimeException {
        NotANumber() {
            super(null, null, false, false);
        }
    }

    private NumberInput() {}

    static BigDecimal decimal(TextField field) {
        field.setInvalid(false);
        var text = normalise(field.getValue());
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            field.setErrorMessage(field.getTranslation("catalogue.error.number"));
            field.setInvalid(true);
            field.focus();
            throw new NotANumber();
        }
    }

    static int whole(TextField field, int ifEmpty) {
        var value = decimal(field);
        if (value == null) {
            return ifEmpty;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            field.setErrorMessage(field.getTranslation("catalogue.error.wholeNumber"));
            field.setInvalid(true);
            field.focus();
            throw new NotANumber();
        }
    }

    private static String normalise(String text) {
        var out = new StringBuilder();
        for (char c : (text == null ? "" : text.strip()).toCharArray()) {
            if (c >= '０' && c <= '９') {
                out.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                out.append('.');
            } else if (c == '－') {
                out.append('-');
            } else if (c != ',' && c != '，' && c != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
