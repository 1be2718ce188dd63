package starman.ui.live;

import java.util.function.Supplier;
import org.teavm.flavour.templates.AbstractComponent;
import org.teavm.flavour.templates.BindAttribute;
import org.teavm.flavour.templates.BindElement;
import org.teavm.flavour.templates.IgnoreContent;
import org.teavm.flavour.templates.NodeHolder;
import org.teavm.flavour.templates.Slot;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Text;

/**
 * {@code <live:text value="..."/>}: a value as one text node that keeps its identity and only has its data
 * set when the value changes. Flavour's {@code html:text} swaps in a new node instead, which a screen
 * reader may announce as new content and which costs a node per number per update. Always text, never markup.
 */
@BindElement(name = "text")
@IgnoreContent
public class LiveText<T> extends AbstractComponent {
    private Supplier<T> value;
    private Text node;

    public LiveText(Slot slot) {
        super(slot);
    }

    @BindAttribute(name = "value")
    public void setValue(Supplier<T> value) {
        this.value = value;
    }

    @Override
    public void render() {
        String text = String.valueOf(value.get());
        if (node == null) {
            node = HTMLDocument.current().createTextNode(text);
            getSlot().append(new NodeHolder(node));
        } else if (!text.equals(node.getNodeValue())) {
            node.setNodeValue(text);
        }
    }
}
