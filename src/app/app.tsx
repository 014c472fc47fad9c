import { useEffect } from 'react';
import { stats } from 'virtual:knowledge/core';
import { languages, type Language } from '@/domain/schemas';
import { useAppStore, type Theme } from '@/store';
import { Link, routes, useRoute } from '@/routing';
import { format, languageNames, useMessages, usePlurals } from '@/ui';
import { useKnowledgeLoad } from './load-status';
import { appMessages, appPlurals } from './messages';
import { NoticeBanner } from './notice-banner';
import { SharePrompt } from './share-prompt';
import { useShareLink } from './use-share-link';
import { Views } from './views';

const nav = [
  ['questionnaire', routes.questionnaire(), ''],
  ['stack', routes.stack(), 'stack'],
  ['results', routes.results(), 'results'],
  ['compare', routes.compare(), 'compare'],
  ['benchmarks', routes.benchmarks(), 'benchmarks'],
  ['caseStudies', routes.caseStudies(), 'cases'],
  ['decision', routes.decision(), 'decision'],
  ['profiles', routes.profiles(), 'profiles'],
  ['overlay', routes.overlay(), 'overlay'],
  ['about', routes.about(), 'about'],
] as const;

export function App() {
  const t = useMessages(appMessages);
  const count = usePlurals(appPlurals);
  const knowledge = useKnowledgeLoad();
  const { path, damaged } = useRoute();
  const language = useAppStore((s) => s.language);
  const theme = useAppStore((s) => s.theme);
  const setLanguage = useAppStore((s) => s.setLanguage);
  const setTheme = useAppStore((s) => s.setTheme);
  const share = useShareLink();

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-Hans' : language;
    document.title = t.title;
  }, [language, t.title]);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}
      >
        {t.skip}
      </a>
      <header className="app-header">
        <Link to={routes.questionnaire()} className="brand">
          {t.title}
        </Link>
        <nav aria-label={t.nav}>
          <ul>
            {nav.map(([key, href, head]) => (
              <li key={key}>
                <Link to={href} aria-current={!damaged && (path[0] ?? '') === head ? 'page' : undefined}>
                  {t[key]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings">
          <label>
            {t.language}{' '}
            <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              {languages.map((l) => (
                <option key={l} value={l} lang={l}>
                  {languageNames[l]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.theme}{' '}
            <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
              <option value="system">{t.themeSystem}</option>
              <option value="light">{t.themeLight}</option>
              <option value="dark">{t.themeDark}</option>
            </select>
          </label>
        </div>
      </header>
      <NoticeBanner />
      {share.pending ? <SharePrompt decision={share.pending} onChoose={share.choose} /> : null}
      <main id="main" tabIndex={-1}>
        <Views />
      </main>
      <footer className="app-footer">
        {knowledge.failure === undefined
          ? format(t.footer, {
              date: stats.date,
              options: count.options(stats.options),
              sources: count.sources(stats.sources),
            })
          : t.footerFailed}
      </footer>
    </>
  );
}
