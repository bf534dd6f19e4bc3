package dev.nhncloud.result.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The shipped catalogues' descriptions: one per code in every language, and nothing else. */
class ServiceDescriptionsTest {

    private static final List<Locale> TRANSLATED = List.of(Locale.KOREAN, Locale.JAPANESE, Locale.CHINESE);

    private static Properties bundle(Service service, String suffix) throws IOException {
        String resource = service.id().replace('-', '_') + suffix + ".properties";
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            assertTrue(in != null, "missing " + resource);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = "COMPUTE", mode = EnumSource.Mode.EXCLUDE)
    void everyCodeIsDescribedInEveryLanguageAndNothingElse(Service service) throws IOException {
        Set<String> names = service.catalogue().entries().stream().map(CodeEntry::name).collect(Collectors.toCollection(TreeSet::new));
        for (String suffix : List.of("", "_ko", "_ja", "_zh")) {
            assertEquals(names, new TreeSet<>(bundle(service, suffix).stringPropertyNames()), service + suffix + ": a key per code name");
        }
        for (CodeEntry entry : service.catalogue().entries()) {
            String english = entry.description(Locale.ENGLISH);
            assertFalse(english.isBlank(), entry.toString());
            assertTrue(english.endsWith("."), () -> entry + ": one sentence: " + english);
            for (Locale locale : TRANSLATED) {
                String translated = entry.description(locale);
                assertNotEquals(english, translated, () -> locale + ": not translated: " + entry + " " + english);
                assertTrue(translated.endsWith(locale == Locale.KOREAN ? "." : "。"), () -> locale + " " + entry + ": " + translated);
            }
        }
    }

    @Test
    void otherLanguagesFallBackToEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            CodeEntry entry = Service.SMS.catalogue().lookup(-1000);
            assertEquals("The appkey is not valid.", entry.description(Locale.FRENCH));
            assertEquals("앱키가 올바르지 않습니다.", entry.description(Locale.KOREA));
            assertEquals("应用密钥（appkey）无效。", entry.description(Locale.TRADITIONAL_CHINESE));
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** The tables and bundles are found when core runs as a named module, not only on the class path. */
    @Test
    void describesInEveryLanguageAsANamedModule() throws Exception {
        Path classes = Path.of(Catalogue.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Configuration configuration = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(classes), ModuleFinder.of(), Set.of("dev.nhncloud.result"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader("dev.nhncloud.result");
        Class<?> serviceType = loader.loadClass(Service.class.getName());
        assertEquals("dev.nhncloud.result", serviceType.getModule().getName());
        Object email = serviceType.getMethod("byId", String.class).invoke(null, "email");
        Object catalogue = serviceType.getMethod("catalogue").invoke(email);
        Object partial = catalogue.getClass().getMethod("lookup", int.class).invoke(catalogue, 1000);
        Class<?> entryType = loader.loadClass(CodeEntry.class.getName());
        assertEquals("PARTIAL_SUCCESS", entryType.getMethod("verdict").invoke(partial).toString());
        assertEquals("요청의 일부만 성공했습니다. 수신자별 결과를 확인하고 실패한 수신자에게만 다시 보내십시오.",
                entryType.getMethod("description", Locale.class).invoke(partial, Locale.KOREAN));
    }
}
