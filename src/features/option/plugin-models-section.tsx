import type { Solution } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { format, SourceCitation, useLocalize, useMessages, useOrchestratorName } from '@/ui';
import { optionMessages } from './messages';
import { orchestratorsAccepting } from './option-facts';

type PluginModels = NonNullable<Solution['pluginModels']>;

export function PluginModelsSection({ pluginModels }: { pluginModels: PluginModels }) {
  const t = useMessages(optionMessages);
  const localize = useLocalize();
  const orchestratorName = useOrchestratorName();
  const { kb } = useKnowledge();
  return (
    <section aria-labelledby="option-plugins">
      <h2 id="option-plugins">{t.pluginHeading}</h2>
      <ul>
        {pluginModels.models.map((model) => {
          const info = kb.environment.pluginModels.find((m) => m.id === model);
          const accepting = orchestratorsAccepting(kb.environment, model).map((o) => orchestratorName(o.id));
          return (
            <li key={model}>
              <strong>{info ? localize(info.name) : model}</strong>:{' '}
              {accepting.length > 0
                ? format(t.acceptedBy, { list: accepting.join(t.comma) })
                : t.acceptedByNone}
            </li>
          );
        })}
      </ul>
      <SourceCitation source={pluginModels.source} />
    </section>
  );
}
