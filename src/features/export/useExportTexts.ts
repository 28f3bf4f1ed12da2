/**
 * What an exported or printed map says about itself: its title (the chapter in story mode), the legend of the
 * layers drawn, the attribution, and the schematic note when a schematic feature is visible.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { loc } from '../../i18n';
import { chapterLegend, sameLayers, chapterLayerState, shownLayers, withHighlightRow } from '../../data/briefing';
import { legendEntries } from './legend';
import { useVisibleFeatures } from '../../state/derived';
import { useAppStore } from '../../state/store';
import { SCHEMATIC_NOTE, needsSchematicNote } from '../../map/exportLayout';
import type { ExportTexts } from './renderPng';
import { canvasLatin } from '../../map/typography';

export function useExportTexts(): ExportTexts {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const mode = useAppStore((s) => s.mode);
  const visible = useAppStore((s) => s.visible);
  const opacity = useAppStore((s) => s.opacity);
  const briefing = useAppStore((s) => s.storyBriefing);
  const index = useAppStore((s) => s.storyChapter);
  const features = useVisibleFeatures();

  return useMemo(() => {
    const chapter = mode === 'story' ? briefing?.chapters[index] : undefined;
    const state = { visible, opacity };
    // A chapter's own legend applies while its layers are unchanged; otherwise the legend follows the map.
    const explicit = chapter && sameLayers(state, chapterLayerState(chapter)) ? chapter.legend : undefined;
    const rows = chapterLegend({ layers: shownLayers(state), legend: explicit });
    const legend = legendEntries(withHighlightRow(rows, (chapter?.highlight.length ?? 0) > 0), opacity, language);
    const schematic = needsSchematicNote(
      features.filter((f) => visible[f.properties.category]).map((f) => f.properties.accuracy),
    );
    const texts: ExportTexts = {
      title: chapter ? loc(chapter.title, language) : t('app.title'),
      subtitle: chapter && briefing ? loc(briefing.title, language) : t('app.subtitle'),
      legendTitle: t('exportMap.legend'),
      legend,
      attribution: t('attribution'),
      schematicNote: schematic ? SCHEMATIC_NOTE[language] : null,
      north: t('exportMap.north'),
    };
    return language === 'en' ? latinTexts(texts) : texts;
  }, [t, language, mode, visible, opacity, briefing, index, features]);
}

/** English texts with straight quotes, as the canvas draws them (see logic/typography.ts). */
function latinTexts(texts: ExportTexts): ExportTexts {
  return {
    ...texts,
    title: canvasLatin(texts.title),
    subtitle: texts.subtitle && canvasLatin(texts.subtitle),
    legendTitle: canvasLatin(texts.legendTitle),
    legend: texts.legend.map((row) => ({ ...row, label: canvasLatin(row.label) })),
    attribution: canvasLatin(texts.attribution),
    schematicNote: texts.schematicNote && canvasLatin(texts.schematicNote),
  };
}
