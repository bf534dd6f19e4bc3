package dev.nhncloud.result.service;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The NHN Cloud services whose result codes ship with the SDK. Each has its
 * {@linkplain #catalogue() catalogue}; a header is read under one of them, {@link #COMPUTE}
 * unless the reader's options say otherwise:
 *
 * <pre>{@code
 * ReadOptions options = ReadOptions.builder().service(Service.EMAIL).build();
 * ResultHeader header = HeaderReaders.load(options).read(body);
 * header.verdict();   // PARTIAL_SUCCESS for {"isSuccessful":true,"resultCode":1000}
 * }</pre>
 *
 * <p>The Notification services' codes and {@code isSuccessful} flags are those of the
 * provider's published tables ({@link #source()}); names, remedies and descriptions are the
 * project's.
 */
public enum Service {
    /** Compute (Instance) API v1.0: the SDK's first service and the default; its codes are {@link dev.nhncloud.result.ResultCode}'s. */
    COMPUTE("compute", "Compute", "NHN Cloud Compute > Instance > Error Code (API v1.0)"),
    /** Notification &gt; SMS. */
    SMS("sms", "SMS", "NHN Cloud Notification > SMS > Result Code, API Result Code (TOAST-DOCS/SMS 4af1fe8, 2026-06-23)"),
    /** Notification &gt; Email: the one service with a partial success, {@code 1000}. */
    EMAIL("email", "Email", "NHN Cloud Notification > Email > Error Code (TOAST-DOCS/E-mail fc3ad47, 2025-11-25)"),
    /** Notification &gt; KakaoTalk Bizmessage: AlimTalk and FriendTalk. */
    KAKAOTALK_BIZMESSAGE("kakaotalk-bizmessage", "KakaoTalk Bizmessage",
            "NHN Cloud Notification > KakaoTalk Bizmessage > Error Code, API Response Code (TOAST-DOCS/Alimtalk 8dc8f5c, 2026-06-23)"),
    /** Notification &gt; Push. */
    PUSH("push", "Push", "NHN Cloud Notification > Push > Error Codes (TOAST-DOCS/Push afa6fc4, 2026-03-03)");

    private final String id;
    private final String title;
    private final String source;

    Service(String id, String title, String source) {
        this.id = id;
        this.title = title;
        this.source = source;
    }

    /**
     * The service's identifier, as the command line's {@code --service} takes it.
     *
     * @return for example {@code "kakaotalk-bizmessage"}
     */
    public String id() {
        return id;
    }

    /**
     * The service's name as NHN Cloud writes it, the same in every language.
     *
     * @return for example {@code "KakaoTalk Bizmessage"}
     */
    public String title() {
        return title;
    }

    /**
     * Where the catalogue's codes come from: the provider's page, and the revision and date of
     * the copy the catalogue was checked against.
     *
     * @return the source, in words
     */
    public String source() {
        return source;
    }

    /**
     * The service's codes.
     *
     * @return the catalogue, one instance per service
     */
    public Catalogue catalogue() {
        switch (this) {
            case COMPUTE:
                return Catalogue.COMPUTE;
            case SMS:
                return Shipped.SMS;
            case EMAIL:
                return Shipped.EMAIL;
            case KAKAOTALK_BIZMESSAGE:
                return Shipped.KAKAOTALK_BIZMESSAGE;
            default:
                return Shipped.PUSH;
        }
    }

    /**
     * The service with an identifier.
     *
     * @param id an identifier such as {@code "sms"}
     * @return the service
     * @throws IllegalArgumentException naming the identifiers when there is no such service
     */
    public static Service byId(String id) {
        Objects.requireNonNull(id, "id");
        for (Service service : values()) {
            if (service.id.equals(id)) {
                return service;
            }
        }
        throw new IllegalArgumentException("No service " + dev.nhncloud.result.LogSafeText.quote(id, 100)
                + ": the SDK ships " + ids() + "; build a catalogue of your own with Catalogue.builder(name)");
    }

    /** The identifiers, in declaration order, for messages. */
    static String ids() {
        return Arrays.stream(values()).map(Service::id).collect(Collectors.joining(", "));
    }

    /**
     * The shipped tables, read from core's resources when a Notification service is first used
     * (Compute needs none), once: the class initializer runs once, on one thread.
     */
    private static final class Shipped {
        static final Catalogue SMS = Catalogue.shipped(Service.SMS);
        static final Catalogue EMAIL = Catalogue.shipped(Service.EMAIL);
        static final Catalogue KAKAOTALK_BIZMESSAGE = Catalogue.shipped(Service.KAKAOTALK_BIZMESSAGE);
        static final Catalogue PUSH = Catalogue.shipped(Service.PUSH);

        private Shipped() {
        }
    }
}
