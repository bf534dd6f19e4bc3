/**
 * The services whose headers the SDK reads, and their catalogues of result codes.
 *
 * <p>Every NHN Cloud API that answers with a body header
 * ({@code {"header":{"isSuccessful":..,"resultCode":..,"resultMessage":..}}}) is read by the same
 * rules; what differs from one service to another is its {@link dev.nhncloud.result.service.Catalogue}
 * of codes, and so what counts as a success. A header is read under one catalogue
 * ({@link dev.nhncloud.result.ReadOptions.Builder#service}), and its
 * {@link dev.nhncloud.result.ResultHeader#verdict() verdict} is the catalogue's answer for its
 * code and flag:
 *
 * <pre>{@code
 * HeaderReader sms = HeaderReaders.load(ReadOptions.builder().service(Service.SMS).build());
 * ResultHeader header = sms.read(body);
 * switch (header.verdict()) {
 *     case SUCCESS:         break;
 *     case PARTIAL_SUCCESS: checkEachRecipient(body); break;    // Email 1000
 *     case FAILURE:         log.warn("{}: {}", header.meaning(), header.meaning().remedy());
 * }
 * }</pre>
 *
 * <p>{@link dev.nhncloud.result.service.Service#COMPUTE} is the default and keeps the Compute
 * model ({@link dev.nhncloud.result.ResultCode}); SMS, Email, KakaoTalk Bizmessage and Push
 * ship with the SDK; an application builds a catalogue of its own with
 * {@link dev.nhncloud.result.service.Catalogue#builder(String)}.
 */
package dev.nhncloud.result.service;
