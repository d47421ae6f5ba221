package org.minsheng.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * Shows the two codes that embed a published chart on another site, each with a copy button, so
 * communications staff paste a chart that follows corrections instead of re-uploading an image after
 * each one. The codes name the host the user reached the application by: the public side is served
 * from the same address.
 */
public final class EmbedCodeDialog {

    private EmbedCodeDialog() {}

    /** The scheme, host and context path of the request being handled, as the embed codes need it. */
    public static String origin() {
        var request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        var scheme = http.getScheme();
        var port = http.getServerPort();
        var defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + http.getServerName() + (defaultPort ? "" : ":" + port) + http.getContextPath();
    }

    /**
     * @param title   the chart's title
     * @param live    the live form's code
     * @param pinned  the pinned form's code
     * @param edition the edition the pinned form stays on
     */
    public static void open(Component in, String title, String live, String pinned, int edition) {
        open(in, title, null, live, pinned, edition);
    }

    /**
     * @param note what the user must know first about what the codes show, above everything else (the
     *             dashboard's month: the codes show the published year); null for none
     */
    public static void open(Component in, String title, String note, String live, String pinned, int edition) {
        var dialog = new Dialog();
        dialog.setId("embed-dialog");
        dialog.setHeaderTitle(in.getTranslation("embed.dialog.title", title));
        dialog.setWidth("min(44rem, 95vw)");
        if (note != null) {
            var first = new Paragraph(note);
            first.setId("embed-note");
            first.addClassName("embed-note");
            dialog.add(first);
        }
        var help = new Paragraph(in.getTranslation("embed.dialog.help"));
        help.addClassName("page-note");
        dialog.add(
                help,
                code(in, "embed-live", in.getTranslation("public.embed.live"), live),
                code(in, "embed-pinned", in.getTranslation("public.embed.pinned", edition), pinned));
        var close = new Button(in.getTranslation("embed.dialog.close"), e -> dialog.close());
        close.setId("embed-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static Div code(Component in, String id, String label, String code) {
        var area = new TextArea(label);
        area.setId(id);
        area.setValue(code);
        area.setReadOnly(true);
        area.setWidthFull();
        var copy = new Button(
                in.getTranslation("embed.dialog.copy"),
                e -> area.getElement()
                        // the clipboard API exists only in a secure context (https or localhost); elsewhere the
                        // code is left selected, for the user to copy with the keyboard
                        .executeJs(
                                "const t=this.inputElement;t.focus();t.select();"
                                        + "if(navigator.clipboard&&window.isSecureContext){navigator.clipboard.writeText($0);return true;}"
                                        + "return false;",
                                code)
                        .then(
                                Boolean.class,
                                copied -> Notifications.success(in.getTranslation(
                                        Boolean.TRUE.equals(copied)
                                                ? "embed.dialog.copied"
                                                : "embed.dialog.selected"))));
        copy.setId(id + "-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var block = new Div(area, copy);
        block.addClassName("embed-code");
        return block;
    }
}
