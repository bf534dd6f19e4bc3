package dev.nhncloud.result.jackson3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nhncloud.result.HeaderReader;
import dev.nhncloud.result.HeaderReaders;
import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * The name tables of the streaming byte reads: a small read gives its table back to the
 * factory's pool with the names it met, a large read or one with many names does not, and the
 * pool keeps at most {@value StrictFactory#POOLED} tables.
 */
class StrictFactoryPoolTest {

    private static final String HEADER = "\"header\":{\"isSuccessful\":true,\"resultCode\":0,\"resultMessage\":\"SUCCESS\"}";
    private static final ResultHeader SUCCESS = ResultHeader.of(true, 0, "SUCCESS");

    private final StrictFactory strict = StrictFactory.of(new JsonFactory());
    private final HeaderReader reader = HeaderReaders.of(new Jackson3Backend(strict), ReadOptions.defaults());

    @Test
    void aSmallReadGivesItsTableBackWithTheNamesItMet() throws IOException {
        assertEquals(SUCCESS, reader.read(new ByteArrayInputStream(("{" + HEADER + ",\"instances\":[]}").getBytes(UTF_8))));

        ByteQuadsCanonicalizer kept = strict.takeTable();
        // header, isSuccessful, resultCode, resultMessage: merged into the table when the parser closed.
        assertEquals(4, kept.size());
        assertEquals(0, strict.takeTable().size(), "one read gave back one table");

        strict.giveBack(kept, 0);
        assertEquals(SUCCESS, reader.read(("{" + HEADER + "}").getBytes(UTF_8)));
        assertSame(kept, strict.takeTable(), "the next read took the table and gave it back");
    }

    @Test
    void aReadPastTheLimitOfBytesDropsItsTable() {
        StringBuilder body = new StringBuilder("{\"instances\":[");
        while (body.length() <= StrictFactory.KEPT_AFTER_BYTES) {
            body.append("{\"id\":\"0123456789abcdef0123456789abcdef\"},");
        }
        body.append("{}],").append(HEADER).append('}');

        assertEquals(SUCCESS, reader.read(body.toString().getBytes(UTF_8)));

        assertEquals(0, strict.takeTable().size(), "the table of a read of " + body.length() + " bytes is not kept");
    }

    @Test
    void aReadOfManyNamesDropsItsTable() {
        StringBuilder body = new StringBuilder("{\"instances\":{");
        for (int i = 0; i <= StrictFactory.KEPT_NAMES; i++) {
            body.append("\"n").append(i).append("\":0,");
        }
        body.append("\"last\":0},").append(HEADER).append('}');
        assertTrue(body.length() < StrictFactory.KEPT_AFTER_BYTES, "within the bytes a kept read may take");

        assertEquals(SUCCESS, reader.read(body.toString().getBytes(UTF_8)));

        assertEquals(0, strict.takeTable().size(), "a table of more than " + StrictFactory.KEPT_NAMES + " names is not kept");
    }

    @Test
    void thePoolKeepsABoundedNumberOfTables() {
        List<ByteQuadsCanonicalizer> taken = new ArrayList<>();
        for (int i = 0; i < StrictFactory.POOLED + 4; i++) {
            taken.add(strict.takeTable());
        }
        for (ByteQuadsCanonicalizer table : taken) {
            strict.giveBack(table, 0);
        }

        for (int i = 0; i < StrictFactory.POOLED; i++) {
            assertSame(taken.get(i), strict.takeTable(), "table " + i + " was kept");
        }
        ByteQuadsCanonicalizer fresh = strict.takeTable();
        for (ByteQuadsCanonicalizer table : taken) {
            assertNotSame(table, fresh, "no more than " + StrictFactory.POOLED + " tables are kept");
        }
    }
}
