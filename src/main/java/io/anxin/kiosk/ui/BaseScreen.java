package io.anxin.kiosk.ui;

import javafx.scene.Node;

import io.anxin.kiosk.voice.Prompt;

/** The parts every screen shares: identity, audience, title, a lazily built view and its model. */
public abstract class BaseScreen<M extends ScreenModel> implements Screen {

    private final String id;
    private final Audience audience;
    private final String titleKey;
    protected final M model;
    private Node view;

    protected BaseScreen(String id, Audience audience, String titleKey, M model) {
        this.id = id;
        this.audience = audience;
        this.titleKey = titleKey;
        this.model = model;
    }

    /** Builds the view once; called on first {@link #view()}. */
    protected abstract Node buildView();

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Audience audience() {
        return audience;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public Prompt prompt() {
        return Prompt.of("prompt." + id.replace('-', '.'));
    }

    @Override
    public final Node view() {
        if (view == null) {
            view = buildView();
            view.getStyleClass().add("screen-" + id);
            if (audience == Audience.STAFF) {
                view.getStyleClass().add("staff");
            }
        }
        return view;
    }

    @Override
    public final M model() {
        return model;
    }
}
