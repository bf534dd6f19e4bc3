/**
 * nhncloud-result core: the result-code model of the NHN Cloud Compute API and the catalogues
 * of the other services that answer with the same header, the header rules, and the SPI
 * through which the JSON bindings plug in.
 *
 * <p>Applications use {@link dev.nhncloud.result.HeaderReaders} to get a
 * {@link dev.nhncloud.result.HeaderReader} from whichever binding is present, and
 * {@link dev.nhncloud.result.ResultCode} to interpret codes. Bindings implement
 * {@link dev.nhncloud.result.spi.JsonBackend} and register it with {@code provides}; the engine
 * that applies the rules ({@code dev.nhncloud.result.engine}) is core's own and not exported.
 */
module dev.nhncloud.result {
    exports dev.nhncloud.result;
    exports dev.nhncloud.result.service;
    exports dev.nhncloud.result.spi;

    uses dev.nhncloud.result.spi.JsonBackend;
}
