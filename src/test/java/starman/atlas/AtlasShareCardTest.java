package starman.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.metrics.charts.Scene;
import starman.metrics.charts.Shape;
import starman.model.Listen;
import starman.share.ShareCard;
import starman.simulator.Catalogue;

/** The atlas's share card, drawn from a real atlas: its overall figure and a bar per studio album. */
class AtlasShareCardTest {
    @Test
    void theCardSaysTheOverallFigureAndFillsEachStudioAlbumsBarByItsShareHeard() {
        MetadataCache metadata = AtlasPropertyTest.catalogueMetadata(null);
        List<Listen> listens = new ArrayList<>();
        Catalogue.Album album = AtlasPropertyTest.album("Low");
        AtlasPropertyTest.play(listens, album, 0, 3, AtlasPropertyTest.END - 100_000, 0);
        ListenIndex index = AtlasPropertyTest.index(metadata, listens);
        Atlas atlas = Atlas.of(Catalogue.BOWIE_MBID, AtlasPropertyTest.discography(null), metadata,
                metadata, index);

        Scene card = ShareCard.atlas("David Bowie", atlas, index.periods().epochDay(AtlasPropertyTest.END));

        assertThat(card.title()).isEqualTo("My David Bowie atlas: " + atlas.overall());
        List<String> texts = card.shapes().stream().filter(s -> s instanceof Shape.Text)
                .map(s -> ((Shape.Text) s).text()).toList();
        assertThat(texts).contains("3/" + album.tracks().size()).anyMatch(t -> t.endsWith(" Low"));
        Atlas.Album shownLow = atlas.sections().get(0).albums().stream().filter(a -> a.name().equals("Low"))
                .findFirst().orElseThrow();
        List<Shape.Box> fills = card.shapes().stream().filter(s -> s instanceof Shape.Box b && b.height() == 8
                && b.style().equals("accent")).map(Shape.Box.class::cast).toList();
        List<Shape.Box> tracks = card.shapes().stream().filter(s -> s instanceof Shape.Box b && b.height() == 8
                && b.style().equals("tile")).map(Shape.Box.class::cast).toList();
        assertThat(fills).hasSameSizeAs(tracks).isNotEmpty();
        assertThat(fills).filteredOn(b -> b.width() > 0).singleElement().satisfies(b -> assertThat(b.width())
                .isCloseTo(tracks.get(0).width() * shownLow.trackShare(), within(1e-9)));
    }
}
