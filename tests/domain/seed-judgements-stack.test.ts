import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { rank, type Ranking } from '../../src/domain/scoring';
import { profileSchema, type CategoryId } from '../../src/domain/schemas';

// The surveys' comparative judgements outside networking (orchestration, service discovery,
// registry, storage, monitoring, automation), checked against what data + engine produce on the
// real knowledge base. Each test weights the criterion the judgement is about and asserts the
// order the seed states, strictly (a tie does not agree), under both scoring methods.
// Seeds: /work/shared/seeds/001_96264d3b7a33fad4.txt (source seed-001-docker-platform-survey,
// a Russian translation of a Chinese survey), 000 (seed-000-network-logging-selection),
// 002 (seed-002-container-networking-notes).
const kb = readKnowledge();

const methods = ['weighted', 'topsis'] as const;
type Method = (typeof methods)[number];

/**
 * Old projects (Classic Swarm, Marathon, Aurora, mesos-dns, marathon-lb…) are archived today; the
 * judgements are about what they do, so lifecycle must not take them out of the comparison.
 */
function ranked(category: CategoryId, weights: Record<string, number>, method: Method): Ranking {
  const profile = profileSchema.parse({
    version: 1,
    environment: {},
    weights,
    mustHave: [],
    includeUnmaintained: true,
  });
  return rank(kb, profile, { category, method });
}

const score = (result: Ranking, id: string) => result.ranking.find((o) => o.id === id)?.score ?? NaN;

/** Every option in `better` scores strictly above every option in `worse`. */
function expectAhead(
  category: CategoryId,
  weights: Record<string, number>,
  method: Method,
  better: string[],
  worse: string[],
): void {
  const result = ranked(category, weights, method);
  const ids = result.ranking.map((o) => o.id);
  for (const id of [...better, ...worse]) expect(ids, `${id} is ranked (${method})`).toContain(id);
  for (const a of better) {
    for (const b of worse) {
      expect(score(result, a), `${a} > ${b} (${method})`).toBeGreaterThan(score(result, b));
    }
  }
}

describe('orchestration — seed 001 «Аранжировка и выбор» (Swarm / Mesos & Marathon / Kubernetes)', () => {
  // Swarm п.2: «Docker Swarm не масштабирует контейнеры автоматически, если они находятся под
  // большой нагрузкой» (Swarm does not scale containers automatically under load);
  // Kubernetes п.2, «Основные преимущества: AutoScale: определяет, требуется ли автоматическое
  // масштабирование на основе собранных бизнес-метрик» (main advantages: autoscaling on business
  // metrics). Zhihu had to build «Автоматическая шкала» into its own Mesos framework.
  it.each(methods)(
    'autoscaling: Kubernetes ahead of Swarm (classic and mode) and Marathon (%s)',
    (method) => {
      expectAhead(
        'orchestration',
        { autoscaling: 5 },
        method,
        ['kubernetes'],
        ['swarm', 'swarm-mode', 'mesos-marathon'],
      );
    },
  );

  // Mesos п.2: «Mesos более отказоустойчив, чем Swarm, потому что Mesos может использовать
  // проверки мониторинга для приложения в файле JSON» (Mesos is more fault-tolerant than Swarm:
  // health checks in the app JSON). The Swarm meant is the one that could not yet detect failed
  // nodes («Раньше у Swarm были некоторые недостатки…»), i.e. Classic Swarm.
  it.each(methods)('self-healing: Mesos + Marathon ahead of Classic Swarm (%s)', (method) => {
    expectAhead('orchestration', { selfHealing: 5 }, method, ['mesos-marathon'], ['swarm']);
  });

  // Swarm п.3: «Кластер Swarm в версии докера 1.12 поддерживает автоматическое обнаружение и
  // извлечение отказавших узлов»; «личное понимание» п.1: «Раньше у Swarm были некоторые
  // недостатки, такие как невозможность обнаружения отказавших узлов и перезапуск, также
  // реализована последняя версия» (Swarm in Docker 1.12 detects and removes failed nodes; earlier
  // Swarm could not detect failed nodes and restart). Kubernetes п.3: «Kubernetes умеет
  // автоматически устранять проблемы и может быстро перезапускать контейнеры» (heals itself).
  it.each(methods)(
    'self-healing: swarm mode (1.12+) and Kubernetes ahead of Classic Swarm (%s)',
    (method) => {
      expectAhead('orchestration', { selfHealing: 5 }, method, ['swarm-mode', 'kubernetes'], ['swarm']);
    },
  );

  // Mesos п.5: «Mesos не поддерживает вытеснение и не может устанавливать приоритет задачи.
  // В настоящее время плагин Apache Aurora уже поддерживает приоритет и вытеснение ресурсов»
  // (Mesos/Marathon has no preemption or task priority; Aurora already supports both).
  it.each(methods)('priority & preemption: Aurora ahead of Marathon and Chronos (%s)', (method) => {
    expectAhead(
      'orchestration',
      { priorityPreemption: 5 },
      method,
      ['mesos-aurora'],
      ['mesos-marathon', 'mesos-chronos'],
    );
  });

  // Mesos п.6: «Для приложений хранения с отслеживанием состояния, таких как mysql/Kafka, mesos+
  // Marathon в настоящее время плохо поддерживается» (stateful MySQL/Kafka poorly supported) vs
  // Kubernetes п.4: «Наборы услуг с отслеживанием состояния: StatefulSets (версия 1.4 называется
  // PetSets)» (StatefulSets keep each pod's own storage and identity).
  it.each(methods)('stateful workloads: Kubernetes ahead of Mesos + Marathon (%s)', (method) => {
    expectAhead('orchestration', { statefulWorkloads: 5 }, method, ['kubernetes'], ['mesos-marathon']);
  });

  // Mesos п.7: «сам Marathon написан на Scala, а UI написан на React, что не способствует
  // вторичной разработке» (Scala/React hamper secondary development) vs Kubernetes п.5:
  // «Написанный на языке голанг, он полезен для вторичной разработки, сообщество очень активно»
  // (Go helps secondary development, the community is very active). Qiniu: «Marathon использует
  // scala для разработки, его сложно устранить в случае возникновения проблемы».
  it.each(methods)('community: Kubernetes ahead of Marathon (%s)', (method) => {
    expectAhead('orchestration', { community: 5 }, method, ['kubernetes'], ['mesos-marathon']);
  });

  // Qiniu: «Есть некоторые аспекты Marathon…, например, он не очень хорош в беспрепятственном
  // обнаружении сервисов» (Marathon is not good at seamless service discovery) vs Kubernetes п.1:
  // «необходимо создать службу Kubernetes, называемую балансировкой нагрузки, которая отвечает за
  // перенаправление трафика в каждый контейнер» (a Service load-balances to every container).
  it.each(methods)('built-in discovery: Kubernetes ahead of Marathon (%s)', (method) => {
    expectAhead('orchestration', { builtinDiscovery: 5 }, method, ['kubernetes'], ['mesos-marathon']);
  });

  // Qiniu: «Qiniu достиг масштаба почти 1000 физических машин, и мезосу больше подходит для
  // поддержки крупномасштабного планирования» (at ~1000 machines, Mesos is better suited to
  // large-scale scheduling). The comparator is not named; asserted against Swarm (classic and
  // mode). Against Kubernetes the knowledge base has a tie (both level 4): see the report.
  it.each(methods)('cluster scale: Mesos + Marathon ahead of Swarm (%s)', (method) => {
    expectAhead('orchestration', { clusterScale: 5 }, method, ['mesos-marathon'], ['swarm', 'swarm-mode']);
  });

  // Kubernetes п.2, «Основные преимущества… Последовательное развертывание: последовательное
  // развертывание новой версии не прерывает работу служб» (rolling deployment without
  // interruption is a main advantage); Marathon п.3: «Новая версия Marathon очень хорошо
  // поддерживает обновление и откат приложения» (new Marathon supports upgrade and rollback very
  // well). The Swarm section has neither; Tongcheng built rollback on Swarm itself from images
  // («Откат и развертывание каждого приложения основаны на образе приложения»). Implied order.
  it.each(methods)('rolling update: Kubernetes and Marathon ahead of Classic Swarm (%s)', (method) => {
    expectAhead('orchestration', { rollingUpdate: 5 }, method, ['kubernetes', 'mesos-marathon'], ['swarm']);
  });
  it.each(methods)('rollback: Kubernetes and Marathon ahead of Classic Swarm (%s)', (method) => {
    expectAhead('orchestration', { rollback: 5 }, method, ['kubernetes', 'mesos-marathon'], ['swarm']);
  });
});

describe('service discovery — seed 001', () => {
  // Mesos п.8: «mesos-dns — инструмент для обнаружения сервисов; marathon-lb — это не только
  // инструмент обнаружения сервисов, но и инструмент балансировки нагрузки» (mesos-dns only
  // discovers; marathon-lb also balances load, with HAProxy).
  it.each(methods)('load balancing: marathon-lb ahead of mesos-dns (%s)', (method) => {
    expectAhead('service-discovery', { loadBalancing: 5 }, method, ['marathon-lb'], ['mesos-dns']);
  });

  // Stack table, row «Регистрация и обнаружение сервисов/балансировка нагрузки»: «HAProxy Etcd
  // consul nginx Confd/DNS (там вроде есть яма)» (Confd/DNS — there seems to be a pitfall).
  // Read as a production-worthiness warning (maturity, scale — the KB cites this quote for confd's
  // clusterScale): Confd trails the other options of the row.
  it.each(methods)('production-worthiness: Confd trails HAProxy, etcd, Consul and nginx (%s)', (method) => {
    expectAhead(
      'service-discovery',
      { maturity: 3, clusterScale: 3 },
      method,
      ['haproxy', 'etcd', 'consul', 'nginx'],
      ['confd'],
    );
  });
});

describe('registry — seed 001 «Управление изображениями» and company sections', () => {
  // «Registry… Разрешения пользователя реестра, Nginx LUA может обеспечить простую и быструю
  // реализацию» (user permissions for the plain registry have to be added, e.g. with Nginx + Lua);
  // the stack table names «harbor DockerHub Quay.io Artifactory» as the registry solutions.
  it.each(methods)(
    'access control: Harbor, Quay and Artifactory ahead of the plain registry (%s)',
    (method) => {
      expectAhead(
        'registry',
        { accessControl: 5 },
        method,
        ['harbor', 'quay', 'artifactory'],
        ['docker-registry'],
      );
    },
  );

  // Meizu: «Удаленная зеркальная синхронизация — механизм уведомления вебхуков — Сильный
  // согласованный механизм синхронизации» (remote image sync had to be built on registry webhooks);
  // UCloud: «Развертывание реестра образов в разных регионах». Harbor replicates built in. Implied.
  it.each(methods)('replication: Harbor ahead of the plain registry (%s)', (method) => {
    expectAhead('registry', { imageReplication: 5 }, method, ['harbor'], ['docker-registry']);
  });
});

describe('storage — seeds 000 / 001', () => {
  // Tongcheng, «оптимизация»: «Драйвер хранилища изменен с devicemapper на overlayfs, а скорость
  // сборки в 1 раз быстрее» (switching the storage driver from devicemapper to overlayfs made
  // builds twice as fast — Chinese 快1倍). Levels tie (3/3); the rank-only series
  // storage-driver-build-speed of data/benchmarks/seed-001-tongcheng.json is to break it.
  it.each(methods)('I/O performance: overlayfs ahead of devicemapper (%s)', (method) => {
    expectAhead('storage', { ioPerformance: 5 }, method, ['overlayfs'], ['devicemapper']);
  });

  // Seed 000: «docker由于分层设计模式，容器里面无法固话数据，容器销毁里面的数据就会丢失，因此日志需要
  // 挂载到宿主机上，或者使用分布式存储如ceph»; seed 001: «рекомендуется монтировать журнал на хост
  // или использовать распределенное хранилище, такие как цеф» (data in the layered container is
  // lost with it: mount to the host or use distributed storage such as Ceph). Alibaba: «Используйте
  // объем для сохранения постоянных данных» (use volumes for persistent data).
  it.each(methods)('persistence: host volumes and Ceph ahead of the image-layer drivers (%s)', (method) => {
    expectAhead(
      'storage',
      { persistence: 5 },
      method,
      ['docker-volumes', 'ceph'],
      ['overlayfs', 'devicemapper', 'aufs'],
    );
  });
});

describe('monitoring — seed 001 (implied by the add-ons the survey pairs with a tool)', () => {
  // Stack table, row «монитор»: «cAdvisor Graphite Sysdig Datadog Prometheus ,Zabbix + pythonAgent»
  // (Zabbix needs a Python agent); Zhihu: «Graphite + cAdvisor» (Graphite gets container metrics
  // from cAdvisor). The cAdvisor-based stacks collect per-container metrics themselves.
  it.each(methods)('container metrics: cAdvisor stacks ahead of Zabbix and Graphite (%s)', (method) => {
    expectAhead(
      'monitoring',
      { containerMetrics: 5 },
      method,
      ['cadvisor-prometheus-grafana', 'cadvisor-influxdb-grafana'],
      ['zabbix', 'graphite'],
    );
  });
});

describe('automation — seed 002 «Evolution of Cattle», seed 001 stack table', () => {
  // Seed 002: Iron Age — «Robust change configuration tools like Puppet (2005), CFEngine 3 (2008),
  // and Chef»; First Cloud Age (programmable IaaS) — «push-based orchestration tools like Salt
  // Stack (2011), Ansible (2012), and Terraform (2014)». Seed 001 lists only «ansible, salt».
  // Push from a controller without a resident pull agent maps to the `agentless` criterion.
  it.each(methods)('push-based management: Ansible and Salt ahead of Puppet and Chef (%s)', (method) => {
    expectAhead('automation', { agentless: 5 }, method, ['ansible', 'salt'], ['puppet', 'chef']);
  });
});
