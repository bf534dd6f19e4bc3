package dev.nhncloud.result.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.nhncloud.result.ReadOptions;
import dev.nhncloud.result.ResultHeader;
import dev.nhncloud.result.service.Service;
import dev.nhncloud.result.service.Verdict;
import dev.nhncloud.result.spi.JsonCursor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The rules build every header under the options' catalogue: the document's, the tree's and a hook's. */
class CatalogueRulesTest {

    private static final ReadOptions EMAIL = ReadOptions.builder().service(Service.EMAIL).build();

    @Test
    void aDocumentIsReadUnderTheOptionsCatalogue() throws IOException {
        ResultHeader header = HeaderRules.of(EMAIL).readDocument(MiniTree.tokens(MiniTree.response(true, 1000, "some")));
        assertSame(Service.EMAIL.catalogue(), header.catalogue());
        assertEquals(Verdict.PARTIAL_SUCCESS, header.verdict());
        assertEquals(Verdict.FAILURE, HeaderRules.of(ReadOptions.defaults())
                .readDocument(MiniTree.tokens(MiniTree.response(true, 1000, "some"))).verdict(), "Compute has no 1000");
    }

    @Test
    void aTreeIsReadUnderTheOptionsCatalogue() {
        ResultHeader header = HeaderRules.of(EMAIL).readTree(MiniTree.response(true, 1000, "some"), MiniTree.MODEL);
        assertEquals(ResultHeader.of(Service.EMAIL.catalogue(), true, 1000, "some"), header);
    }

    @Test
    void aHooksHeaderIsReadUnderTheOptionsCatalogue() throws IOException {
        JsonCursor cursor = MiniTree.cursor(MiniTree.obj("isSuccessful", false, "resultCode", -2032, "resultMessage", "all failed"));
        ResultHeader header = HeaderRules.of(EMAIL).readHeaderValue(cursor);
        assertEquals("ALL_RECEIVERS_FAILED", header.meaning().name());
        assertEquals(Verdict.FAILURE, header.verdict());
    }
}
