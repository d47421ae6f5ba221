package org.minsheng.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** Vaadin's upload texts are English until told otherwise; every upload in the product uses these. */
public final class UploadTexts {

    private UploadTexts() {}

    /** Vaadin's upload texts in the user's language; the two refusals depend on what the upload takes. */
    public static UploadI18N of(Component in, String tooManyKey, String wrongTypeKey) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(in.getTranslation("upload.add"))
                        .setMany(in.getTranslation("upload.add")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(in.getTranslation("upload.drop"))
                        .setMany(in.getTranslation("upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(in.getTranslation(tooManyKey))
                        .setFileIsTooBig(in.getTranslation("upload.tooBig"))
                        .setIncorrectFileType(in.getTranslation(wrongTypeKey)))
                .setFile(new UploadI18N.File()
                        .setRetry(in.getTranslation("upload.retry"))
                        .setStart(in.getTranslation("upload.start"))
                        .setRemove(in.getTranslation("upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(in.getTranslation("upload.connecting"))
                                .setStalled(in.getTranslation("upload.stalled"))
                                .setProcessing(in.getTranslation("upload.processing"))
                                .setHeld(in.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(in.getTranslation("upload.remaining"))
                                .setUnknown(in.getTranslation("upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(in.getTranslation("upload.serverUnavailable"))
                                .setUnexpectedServerError(in.getTranslation("upload.serverError"))
                                .setForbidden(in.getTranslation("upload.forbidden"))
                                .setFileTooLarge(in.getTranslation("upload.tooBig"))));
    }
}
