/**
 * One story's editing session inside the editor island: registers the
 * plugins for the story's kind, starts autosave (autosave.ts) and opens the
 * editor on its starting content, keeps the view the toolbar and side panel
 * read, carries a script's name map beside the text, and resolves a save
 * conflict the way the writer chooses. The island component keeps only the
 * forms and the layout.
 */
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { registerList } from '@lexical/list';
import { registerRichText } from '@lexical/rich-text';
import { HISTORY_MERGE_TAG, mergeRegister } from 'lexical';
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createAutosave } from './autosave.ts';
import type { Autosave, AutosaveSnapshot, StoryContent } from './autosave.ts';
import { mergeBothVersions } from './conflict.ts';
import { $readEditorView, EMPTY_EDITOR_VIEW, isSameEditorView } from './editor-state.ts';
import type { EditorView } from './editor-state.ts';
import type { DraftStorage } from './kept-draft.ts';
import { emptyContent, LOAD_TAG, loadState } from './load-state.ts';
import { registerLinks } from '#src/editor/plugins/links.ts';
import { registerPhotos } from '#src/editor/plugins/photos.ts';
import { registerRecordings } from '#src/editor/plugins/recordings.ts';
import {
  registerScreenplayKeys,
  registerScreenplayTyping,
} from '#src/editor/plugins/screenplay.ts';
import { registerSensitiveDetails } from '#src/editor/plugins/sensitive-details.ts';
import { registerStoryShape } from '#src/editor/plugins/story-shape.ts';
import { browserConnectivity, createFetchSave } from './save-transport.ts';
import type { ScriptNameMap } from './script-names.ts';
import type { StoryEditorProps } from './StoryEditor.tsx';
import type { EditorWords } from './words.ts';

function browserStorage(): DraftStorage | null {
  try {
    const storage = window.localStorage;
    const probe = 'heard:probe';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** What the island shows and does for one story being edited. */
export interface StorySession {
  readonly view: EditorView;
  /** Null until autosave has started. */
  readonly saveState: AutosaveSnapshot | null;
  readonly scriptNames: ScriptNameMap;
  /** The writer changed a script's name map: saved like an edit to the text. */
  readonly changeScriptNames: (names: ScriptNameMap) => void;
  /** After a conflict: show and keep the version someone else saved. */
  readonly chooseSaved: () => void;
  /** After a conflict: save this writer's version on top. */
  readonly chooseMine: () => void;
  /** After a conflict: keep both versions, one after the other. */
  readonly chooseBoth: () => void;
}

/** Starts editing one story in `editor`; the island is mounted once per story. */
export function useStorySession(
  editor: LexicalEditor,
  props: StoryEditorProps,
  words: EditorWords,
): StorySession {
  const { kind, storyId, initialState, initialRevision, saveUrl, save } = props;
  const isScript = kind === 'film_script';
  const autosaveRef = useRef<Autosave | null>(null);
  const [view, setView] = useState<EditorView>(EMPTY_EDITOR_VIEW);
  const [saveState, setSaveState] = useState<AutosaveSnapshot | null>(null);
  const [scriptNames, setScriptNames] = useState<ScriptNameMap>(props.initialScriptNames ?? {});
  // The update listener is registered once; it reads the names through a ref.
  const scriptNamesRef = useRef(scriptNames);

  /** What a save sends: scripts carry their name map, life stories do not. */
  const contentOf = useCallback(
    (state: unknown, names: ScriptNameMap): StoryContent =>
      isScript ? { state, scriptNames: names } : { state },
    [isScript],
  );

  useEffect(() => {
    const autosave = createAutosave({
      storyId,
      initialRevision,
      initialContent: contentOf(initialState, scriptNamesRef.current),
      save: save ?? createFetchSave({ fetch: window.fetch.bind(window), url: saveUrl, t: words.t }),
      storage: browserStorage(),
      connectivity: browserConnectivity(window),
      onChange: setSaveState,
    });
    autosaveRef.current = autosave;
    setSaveState(autosave.snapshot());

    const unregister = mergeRegister(
      registerRichText(editor),
      registerHistory(editor, createEmptyHistoryState(), 300),
      registerStoryShape(editor, kind),
      registerSensitiveDetails(editor),
      kind === 'film_script' ? registerScreenplayKeys(editor) : registerList(editor),
      kind === 'film_script' ? registerScreenplayTyping(editor) : () => {},
      kind === 'life_story' ? registerLinks(editor) : () => {},
      kind === 'life_story' ? registerPhotos(editor) : () => {},
      kind === 'life_story' ? registerRecordings(editor) : () => {},
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags }) => {
        const next = editorState.read($readEditorView);
        setView((previous) => (isSameEditorView(previous, next) ? previous : next));
        const changed = dirtyElements.size > 0 || dirtyLeaves.size > 0;
        if (changed && !tags.has(LOAD_TAG)) {
          autosave.edit(contentOf(editorState.toJSON(), scriptNamesRef.current));
        }
      }),
    );

    const starting = autosave.startingContent;
    if (starting.scriptNames !== undefined) {
      scriptNamesRef.current = starting.scriptNames;
      setScriptNames(starting.scriptNames);
    }
    if (starting.state === null || starting.state === undefined) {
      editor.update(() => emptyContent(kind), {
        tag: [LOAD_TAG, HISTORY_MERGE_TAG],
        discrete: true,
      });
    } else if (!loadState(editor, kind, starting.state, [LOAD_TAG, HISTORY_MERGE_TAG])) {
      // A kept draft this editor cannot read: show the server's version instead.
      loadState(editor, kind, initialState, [LOAD_TAG, HISTORY_MERGE_TAG]);
    }

    const saveOnLeave = (): void => {
      if (document.visibilityState === 'hidden') autosave.saveNow();
    };
    document.addEventListener('visibilitychange', saveOnLeave);
    return () => {
      document.removeEventListener('visibilitychange', saveOnLeave);
      unregister();
      autosave.dispose();
      autosaveRef.current = null;
    };
    // The island is mounted once per story; later prop changes are ignored,
    // as Lexical's own composer does with its initial config.
  }, [editor]);

  const changeScriptNames = (names: ScriptNameMap): void => {
    scriptNamesRef.current = names;
    setScriptNames(names);
    autosaveRef.current?.edit(contentOf(editor.getEditorState().toJSON(), names));
  };

  const conflict = saveState?.conflict ?? null;
  const showNames = (names: ScriptNameMap | undefined): ScriptNameMap => {
    const chosen = names ?? {};
    scriptNamesRef.current = chosen;
    setScriptNames(chosen);
    return chosen;
  };
  const chooseSaved = (): void => {
    const autosave = autosaveRef.current;
    if (autosave === null || conflict === null) return;
    loadState(editor, kind, conflict.saved.state, [LOAD_TAG]);
    showNames(conflict.saved.scriptNames);
    autosave.keepSavedVersion();
  };
  const chooseMine = (): void => {
    const autosave = autosaveRef.current;
    if (autosave === null || conflict === null) return;
    autosave.keepVersion(contentOf(editor.getEditorState().toJSON(), scriptNamesRef.current));
  };
  const chooseBoth = (): void => {
    const autosave = autosaveRef.current;
    if (autosave === null || conflict === null) return;
    const merged = mergeBothVersions(
      conflict.saved.state,
      conflict.mine.state,
      kind,
      words.t('editor.conflict.otherVersion'),
    );
    loadState(editor, kind, merged, [LOAD_TAG]);
    // Names from both; where both map the same real name, the saved one stays.
    const names = showNames({ ...conflict.mine.scriptNames, ...conflict.saved.scriptNames });
    autosave.keepVersion(contentOf(editor.getEditorState().toJSON(), names));
  };

  return { view, saveState, scriptNames, changeScriptNames, chooseSaved, chooseMine, chooseBoth };
}
