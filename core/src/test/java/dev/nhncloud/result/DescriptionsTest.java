package dev.nhncloud.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DescriptionsTest {

    private static final Locale[] TRANSLATED = {Locale.KOREAN, Locale.JAPANESE, Locale.CHINESE};

    /** Every description of every kind, family and remedy, in one language. */
    private static List<String> everything(Locale locale) {
        List<String> texts = new ArrayList<>();
        add(texts, Kind.values(), kind -> kind.description(locale));
        add(texts, ApiFamily.values(), family -> family.description(locale));
        add(texts, Remedy.values(), remedy -> remedy.description(locale));
        texts.add(ResultCode.of(10404).description(locale));
        texts.add(ResultCode.of(12345).description(locale));
        return texts;
    }

    private static <T> void add(List<String> texts, T[] values, Function<T, String> description) {
        for (T value : values) {
            texts.add(description.apply(value));
        }
    }

    @Test
    void everyLanguageDescribesEverything() {
        List<String> english = everything(Locale.ENGLISH);
        for (Locale locale : TRANSLATED) {
            List<String> translated = everything(locale);
            assertEquals(english.size(), translated.size());
            for (int i = 0; i < english.size(); i++) {
                assertFalse(translated.get(i).isBlank(), locale + " #" + i);
                assertNotEquals(english.get(i), translated.get(i), locale + ": not translated: " + english.get(i));
            }
        }
    }

    @Test
    void translationsAreInTheirScript() {
        assertTrue(Kind.SUCCESS.description(Locale.KOREAN).contains("성공"));
        assertTrue(Kind.SUCCESS.description(Locale.JAPANESE).contains("成功しました"));
        assertTrue(Kind.SUCCESS.description(Locale.CHINESE).contains("调用成功"));
        assertEquals("The call succeeded.", Kind.SUCCESS.description(Locale.ENGLISH));
    }

    @Test
    void perApiCodesNameTheirFamilyAndStatus() {
        assertEquals("Instance API answered with HTTP status 404.", ResultCode.of(10404).description(Locale.ENGLISH));
        assertEquals("Block Storage API answered with HTTP status 503.", ResultCode.of(40503).description(Locale.ROOT));
        assertTrue(ResultCode.of(50401).description(Locale.KOREAN).startsWith("토큰 API"));
        assertEquals("Result code 77777 is not documented by the provider.",
                ResultCode.of(77777).description(Locale.ENGLISH), "no digit grouping in codes");
        assertEquals(Kind.PERMISSION_DENIED.description(Locale.JAPANESE), ResultCode.of(-3).description(Locale.JAPANESE));
    }

    /**
     * The patterns read as a writer of the language would put them, for any family and status:
     * no "(으)로" left for the Korean reader to resolve, a space between Chinese and the Latin
     * end of a family's name.
     */
    @Test
    void perApiCodesReadNaturallyInEveryLanguage() {
        assertEquals("인스턴스 API에서 받은 HTTP 상태 코드는 404입니다.", ResultCode.of(10404).description(Locale.KOREAN));
        assertEquals("서비스 제공자 문서에 없는 결과 코드 77777입니다.", ResultCode.of(77777).description(Locale.KOREAN));
        assertEquals("インスタンスAPIがHTTPステータスコード404を返しました。", ResultCode.of(10404).description(Locale.JAPANESE));
        assertEquals("实例 API 返回了 HTTP 状态码 404。", ResultCode.of(10404).description(Locale.CHINESE));
        assertEquals("块存储 API 返回了 HTTP 状态码 503。", ResultCode.of(40503).description(Locale.CHINESE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de-DE", "pt-BR", "und"})
    void otherLanguagesFallBackToEnglish(String tag) {
        assertEquals("The call succeeded.", Kind.SUCCESS.description(Locale.forLanguageTag(tag)));
    }

    /** ResourceBundle would answer French with the default locale's bundle; the SDK answers English. */
    @Test
    void fallbackIsEnglishWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREA);
            assertEquals("The call succeeded.", Kind.SUCCESS.description(Locale.FRENCH));
            assertEquals("Nothing to do.", Remedy.NONE.description(Locale.GERMAN));
            assertEquals("호출이 성공했습니다.", Kind.SUCCESS.description(Locale.KOREA));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void regionalVariantsUseTheirLanguage() {
        assertEquals(Kind.SUCCESS.description(Locale.CHINESE), Kind.SUCCESS.description(Locale.TRADITIONAL_CHINESE));
        assertEquals(Kind.SUCCESS.description(Locale.KOREAN), Kind.SUCCESS.description(Locale.KOREA));
        assertEquals(Kind.SUCCESS.description(Locale.JAPANESE), Kind.SUCCESS.description(Locale.JAPAN));
    }

    @Test
    void nullLocaleIsRefused() {
        assertThrows(NullPointerException.class, () -> Kind.SUCCESS.description(null));
    }
}
