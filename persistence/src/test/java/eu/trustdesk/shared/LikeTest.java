package eu.trustdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void whatTheUserTypesIsMatchedLiterally() {
        assertEquals("%50\\% off\\_x\\\\y%", Like.containingLowerCase(" 50% OFF_x\\y "));
        assertEquals("%CMD-2026%", Like.containingUpperCase("cmd-2026"));
        assertEquals("%%", Like.containingLowerCase(null));
    }
}
