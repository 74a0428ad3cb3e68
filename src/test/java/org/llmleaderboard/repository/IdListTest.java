package org.llmleaderboard.repository;

import jakarta.persistence.TypedQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdListTest {

    @Test
    void shouldPadTheListToAPowerOfTwoWithItsLastId() {
        IdList three = IdList.of(List.of(7L, 3L, 9L));
        assertEquals("(:id0, :id1, :id2, :id3)", three.in());
        assertEquals(Map.of("id0", 7L, "id1", 3L, "id2", 9L, "id3", 9L), bound(three));
        assertEquals("(:id0)", IdList.of(List.of(1L)).in());
        assertEquals(4, bound(IdList.of(List.of(1L, 2L, 3L, 4L))).size());
        assertEquals(8, bound(IdList.of(List.of(1L, 2L, 3L, 4L, 5L))).size());
    }

    @Test
    void shouldMakeAtMostTenQueryStringsUpToTheSpreadLimit() {
        long strings = LongStream.rangeClosed(1, IdList.MAX_SPREAD)
                .mapToObj(n -> IdList.of(LongStream.rangeClosed(1, n).boxed().toList()).in()).distinct().count();
        assertEquals(10, strings);
        Map<String, Object> all = bound(IdList.of(LongStream.rangeClosed(1, IdList.MAX_SPREAD).boxed().toList()));
        assertEquals(IdList.MAX_SPREAD, all.size());
        assertEquals((long) IdList.MAX_SPREAD, all.get("id" + (IdList.MAX_SPREAD - 1)));
    }

    @Test
    void shouldBindALongerListAsOneListParameter() {
        List<Long> many = LongStream.rangeClosed(1, IdList.MAX_SPREAD + 1).boxed().toList();
        IdList list = IdList.of(many);
        assertEquals(":ids", list.in());
        assertEquals(Map.of("ids", many), bound(list));
    }

    @Test
    void shouldRefuseAnEmptyList() {
        assertThrows(IllegalArgumentException.class, () -> IdList.of(List.of()));
    }

    /** The parameters {@link IdList#bind} sets, by name. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> bound(IdList list) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Object>[] self = new TypedQuery[1];
        self[0] = (TypedQuery<Object>) Proxy.newProxyInstance(IdListTest.class.getClassLoader(), new Class<?>[] {TypedQuery.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setParameter") && args.length == 2 && args[0] instanceof String name) {
                        parameters.put(name, args[1]);
                        return proxy;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        list.bind(self[0]);
        return parameters;
    }
}
