package starman.ui;

import java.util.List;
import java.util.function.Supplier;
import org.teavm.flavour.templates.BindTemplate;

/** Lists of top albums and tracks (a year's, a range's), each entry's figure opening its listens. */
@BindTemplate("templates/toplists.html")
public class TopListsView {
    private final ReviewView review;
    private final Supplier<List<ReviewView.ReviewList>> lists;

    TopListsView(ReviewView review, Supplier<List<ReviewView.ReviewList>> lists) {
        this.review = review;
        this.lists = lists;
    }

    public List<ReviewView.ReviewList> getLists() {
        return lists.get();
    }

    public void show(ReviewView.Labelled item) {
        review.showLabelled(item);
    }
}
