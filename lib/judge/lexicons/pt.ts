import type { Lexicon } from './types';

/** Portuguese as written at work in Brazil and Portugal, chat and email. */
export const pt: Lexicon = {
  language: 'pt',
  ack: {
    acknowledgement: [
      'ok', 'okay', 'blz', 'beleza', 'belê', 'combinado', 'certo', 'tá certo', 'ta certo', 'tá', 'ta', 'tá bom', 'ta bom', 'tudo bem', 'tudo certo', 'entendi', 'entendido',
      'compreendido', 'anotado', 'fechado', 'feito', 'recebido', 'recebi', 'ciente', 'estou ciente', 'de acordo', 'sem problema', 'sem problemas', 'sem stress', 'de nada',
      'por nada', 'imagina', 'disponha', 'tranquilo', 'tranquila', 'suave', 'sussa', 'show', 'firmeza', 'bora', 'vamos nessa', 
      'ah sim', 'ah ok', 'saquei', 'pode deixar', 'pode crer', 'kk', 'tá ok', 'ta ok', 'ok entendi', 'percebi', 'está bem',
    ],
    thanks: [
      'obrigado', 'obrigada', 'obg', 'obgd', 'obgda', 'brigado', 'brigada', 'valeu', 'vlw', 'valeuu', 'muito obrigado', 'muito obrigada', 'muitíssimo obrigado',
      'obrigadão', 'obrigadinho', 'obrigadinha', 'agradeço', 'grato', 'grata', 'muito grato', 'muito grata', 'obrigado pela ajuda', 'obrigada pela ajuda', 'obrigado pelo retorno',
      'obrigada pelo retorno', 'obrigado pela informação', 'obrigada pela informação', 'obrigado pelo aviso', 'obrigada pelo aviso', 'valeu pela ajuda', 'valeu pelo toque',
      'obrigado por tudo', 'obrigada por tudo', 'valeu mesmo', 'obrigado mais uma vez', 'obrigada mais uma vez', 'gratidão', 'tmj', 'valeu galera', 'brigadão',
    ],
    agreement: [
      'sim', 'isso', 'isso mesmo', 'exato', 'exatamente', 'com certeza', 'claro', 'claro que sim', 'sem dúvida', 'concordo', 'concordo plenamente', 'concordo contigo',
      'também acho', 'eu também', 'faz sentido', 'boa ideia', 'bom ponto', 'verdade', 'é verdade', 'pode ser', 'por mim tudo bem', 'por mim ok', 'funciona pra mim', 'me parece bom',
      'parece bom', 'parece ótimo', 'fechou', 'fechado então', 'demorou', 'é isso', 'aham', 'uhum', 'sim sim', '+1', 'total', 'justo', 'de boa',
    ],
    approval: ['aprovado', 'aprovada', 'aprovo', 'pode seguir', 'pode mandar', 'pode subir', 'pode mergear', 'pode fazer o merge', 'manda ver', 'manda bala', 'sinal verde', 'lgtm', 'está aprovado', 'tá aprovado', 'segue', 'pode ir', 'vai em frente', 'ok pode seguir'],
    confirmation: ['feito', 'pronto', 'prontinho', 'resolvido', 'concluído', 'finalizado', 'enviado', 'mandei', 'já mandei', 'já enviei', 'já fiz', 'confirmado', 'confirmo', 'corrigido', 'arrumado', 'subido', 'no ar', 'mergeado', 'agendado', 'marcado', 'reservado', 'atualizado', 'até já', 'até logo', 'até amanhã', 'até mais', 'estarei lá'],
    'on-it': ['vou ver', 'vou olhar', 'vou verificar', 'já vejo', 'já olho', 'já vou', 'estou vendo', 'to vendo', 'tô vendo', 'vendo aqui', 'olhando', 'verificando', 'deixa comigo', 'pode deixar comigo', 'eu cuido disso', 'eu resolvo', 'já estou nisso', 'tô nessa', 'to nessa', 'em andamento', 'um momento', 'um minuto', 'só um minuto', 'só um segundo', 'já volto', 'vou dar uma olhada', 'já dou uma olhada', 'já te falo'],
    congratulations: ['parabéns', 'parabens', 'meus parabéns', 'parabéns a todos', 'parabéns pelo trabalho', 'feliz aniversário', 'feliz niver', 'feliz ano novo', 'feliz natal', 'boas festas', 'bem-vindo', 'bem-vinda', 'bem vindo', 'bem vinda', 'bem-vindos', 'seja bem-vindo', 'seja bem-vinda', 'bem-vindo ao time', 'bem-vinda ao time', 'merecido', 'muito merecido', 'que notícia boa', 'eba', 'oba', 'uhul'],
    praise: ['ótimo', 'otimo', 'excelente', 'perfeito', 'perfeita', 'show de bola', 'sensacional', 'incrível', 'maravilha', 'maravilhoso', 'muito bom', 'muito boa', 'mandou bem', 'mandou muito bem', 'arrasou', 'arrasou demais', 'bom trabalho', 'ótimo trabalho', 'excelente trabalho', 'belo trabalho', 'top', 'top demais', 'massa', 'demais', 'fera', 'craque', 'genial', 'brabo', 'brabíssimo', 'lindo', 'que lindo', 'espetacular', 'fantástico', 'animal', 'brilhante', 'que show', 'muito bem', 'boa', 'boaa'],
    laughter: ['kkkk', 'kkk', 'kkkkk', 'rsrs', 'rs', 'rsrsrs', 'haha', 'hahaha', 'hehe', 'huehue', 'lol', 'que engraçado', 'morri', 'chorei de rir', 'ri muito'],
  },
  ackFillers: [
    'a todos', 'abraço', 'abraços', 'abs', 'atenciosamente', 'att', 'beijos', 'bjs', 'boa noite', 'boa tarde', 'bom dia', 'cara', 'de novo',
    'demais', 'e', 'equipe', 'galera', 'gente', 'grande abraço', 'mais uma vez', 'mano', 'mesmo', 'muito', 'oi', 'ola', 'olá', 'pessoal',
    'time', 'todos', 'um abraço',
  ],
  ackBlockers: [
    'obrigado por nada', 'que ótimo mais', 'só que não', 'valeu por nada', 'ótimo mais',
  ],
  notNames: [
    'abril', 'agosto', 'amanhã', 'dezembro', 'domingo', 'fevereiro', 'hoje', 'janeiro', 'julho', 'junho', 'maio', 'março', 'novembro',
    'outubro', 'quarta', 'quinta', 'segunda', 'setembro', 'sexta', 'sábado', 'terça',
  ],
  honorifics: [],
  sensitive: [
    // performance
    { term: '{avaliação de desempenho|avaliação anual|plano de melhoria|plano de melhoria de desempenho|baixo desempenho|baixo rendimento|abaixo do esperado|abaixo das expectativas|não atende às expectativas|não está entregando|seu desempenho|desempenho dele|desempenho dela}', topic: 'performance', when: 'no-tech' },
    { term: '{desempenho|rendimento|entregas}', topic: 'performance', when: 'subject' },
    { term: '{ruim|fraco|fraca|péssimo|péssima|insuficiente|preocupante|decepcionante|deixando a desejar}', topic: 'performance', when: 'verdict' },
    // termination
    { term: '{demissão|demissões|demitir|demitido|demitida|demiti-lo|demiti-la|mandar embora|mandaram embora|foi mandado embora|foi mandada embora|desligar o funcionário|desligado da empresa|desligada da empresa|layoff|layoffs|corte de pessoal|cortes de pessoal|redução de quadro|enxugamento|rescisão|verbas rescisórias|aviso prévio|justa causa|plano de demissão voluntária}', topic: 'termination' },
    { term: '{pediu demissão|pedido de demissão|pedir demissão}', topic: 'termination' },
    { term: 'desligamento', topic: 'termination', when: 'person' },
    { term: 'advertência', topic: 'legal', when: 'person' },
    // hiring
    { term: '{candidato|candidata|candidatos|candidatas|entrevista|entrevistas|entrevistado|entrevistada}', topic: 'hiring', when: 'subject' },
    { term: '{reprovado|reprovada|reprovar|aprovado|aprovada|contratar|não contratar|proposta|oferta|não tem o perfil|não tem fit|fit cultural|feedback|parecer|fraco|fraca|forte|descartar|descartado|descartada|seguir com}', topic: 'hiring', when: 'verdict' },
    { term: '{carta proposta|proposta de emprego|proposta de trabalho|decisão de contratação|feedback da entrevista|pretensão salarial|expectativa salarial|checagem de referências}', topic: 'hiring' },
    // compensation
    { term: '{salário|salários|aumento salarial|aumento de salário|reajuste salarial|bônus|bonificação|plr|participação nos lucros|stock options|ações da empresa|holerite|contracheque|folha de pagamento|faixa salarial|remuneração|corte de salário|redução salarial}', topic: 'compensation', when: 'no-tech' },
    { term: '{salário dele|salário dela|meu salário|seu salário|um aumento}', topic: 'compensation' },
    // reorg
    { term: '{reestruturação|reorganização|reorg|fusão|fusões|aquisição|aquisições|incorporação|fomos comprados|fomos adquiridos|a empresa foi vendida|venda da empresa|fechamento do escritório|fechar o escritório|descontinuar o produto|descontinuação do produto|novo organograma|mudança de estratégia|juntar os times|fusão dos times|unificar as áreas}', topic: 'reorg', when: 'no-tech' },
    // health
    { term: '{atestado|atestado médico|licença médica|afastado|afastada|afastamento|doente|doença|diagnóstico|diagnosticado|diagnosticada|hospital|internado|internada|cirurgia|câncer|quimio|depressão|ansiedade|burnout|saúde mental|grávida|gravidez|licença maternidade|licença-maternidade|licença paternidade|licença-paternidade|aborto espontâneo|faleceu|falecimento|óbito|velório|enterro|luto|emergência familiar|meus pêsames|meus sentimentos|terapia|psicólogo|psicóloga|psiquiatra}', topic: 'health', when: 'no-tech' },
    // legal
    { term: '{assédio|assédio moral|assédio sexual|discriminação|discriminado|discriminada|denúncia|reclamação formal|investigação interna|processo disciplinar|medida disciplinar|processo trabalhista|ação trabalhista|processar a empresa|advogado|advogada|retaliação|comportamento inadequado|comentários inadequados|canal de denúncia}', topic: 'legal', when: 'no-tech' },
    // conflict
    { term: '{culpa sua|a culpa é sua|foi culpa sua|por sua causa|por culpa sua|você quebrou|vc quebrou|você quebrou de novo|você estragou|vc estragou|você sempre faz isso|vc sempre faz isso|por que você sempre|pq vc sempre|você nunca escuta|vc nunca escuta|você nunca lê|quantas vezes eu vou ter que|eu já te falei|já te falei|eu te avisei|cansei de você|to cansado de você|tô cansado de você|não é problema meu|não é meu trabalho|tá de brincadeira|você tá de brincadeira|me jogou na fogueira}', topic: 'conflict' },
    { term: '{incompetente|inútil|preguiçoso|preguiçosa|desleixado|desleixada|ridículo|inaceitável|pouco profissional|irresponsável|amador}', topic: 'conflict', when: 'person' },
  ],
  neutral: [
    'aquisição de clientes', 'aquisição de dados', 'code review', 'desempenho da query', 'desempenho do cache', 'desligar a máquina',
    'desligar o alarme', 'desligar o servidor', 'fazer merge da branch', 'health check', 'juntar as branches', 'matar o processo',
    'merge da branch', 'release candidate', 'reorganizar as pastas',
  ],
  personCues: [
    'alguém', 'candidata', 'candidato', 'chefe', 'colaborador', 'colaboradora', 'colega', 'dela', 'dele', 'ela', 'elas', 'ele', 'eles',
    'estagiária', 'estagiário', 'funcionária', 'funcionário', 'funcionários', 'gestor', 'gestora', 'pessoa',
  ],
  techCues: [
    'api', 'banco de dados', 'branch', 'bug', 'build', 'cache', 'ci', 'cluster', 'coluna', 'container', 'código', 'deploy', 'endpoint',
    'erro', 'instância', 'pasta', 'pastas', 'pipeline', 'pr', 'processo', 'query', 'repo', 'schema', 'script', 'servidor', 'servidores',
    'sistema', 'tabela', 'teste', 'testes',
  ],
  reply: [
    { term: '{poderia|você pode|vc pode|você consegue|vc consegue|consegue me|consegue olhar|consegue ver|poderia me|pode me|dá pra|da pra|daria pra|teria como|tem como|se importa de|se importaria de}', kind: 'request' },
    { term: '{por favor|por gentileza|pfv|pf|pfvr|preciso que|precisamos que|me avisa|me avise|me fala|me diz|me manda|me envia|me passa|dá uma olhada|da uma olhada|confirma pra mim|me confirma|aguardo retorno|aguardo seu retorno|fico no aguardo|alguma novidade|alguma atualização|tem novidade}', kind: 'request' },
    { term: '{o que acha|o que você acha|o que vc acha|que acham|o que acham|sua opinião|alguma ideia|alguma dúvida|alguma objeção}', kind: 'question' },
    { term: '{vamos de|qual opção|qual das duas|qual prefere|qual você prefere|decide aí|você decide|precisamos decidir}', kind: 'decision' },
    { term: '{ou}', kind: 'or' },
    { term: '{pode aprovar|você aprova|vc aprova|consegue aprovar|preciso da sua aprovação|sua aprovação|seu ok|seu de acordo|posso mergear|posso subir|posso fazer o merge|posso seguir|tudo bem se|tranquilo se|ok se eu}', kind: 'approval' },
    { term: '{tem um minuto|tem 5 minutos|tem cinco minutos|tem um tempinho|você está livre|vc tá livre|tá livre|está disponível|tá disponível|vc tá disponível|podemos conversar|podemos falar|bora uma call|uma call rápida|uma ligação rápida|fazer uma call|quando você pode|quando vc pode|que horas você pode|te ligo}', kind: 'availability' },
    { term: '{segue em anexo|segue anexo|em anexo|para sua informação|para conhecimento|fica a dica|só para avisar|qualquer dúvida|qualquer coisa me avisa|qualquer coisa me chama|fico à disposição|estou à disposição|não hesite}', kind: 'fyi' },
    { term: '{quem diria|adivinha|o que pode dar errado|não é ótimo|né não|não é mesmo}', kind: 'rhetorical' },
    { term: '{não precisa responder|sem necessidade de resposta|não requer resposta|nenhuma ação necessária|não precisa fazer nada}', kind: 'no-reply' },
  ],
  urgency: [
    { term: '{urgente|urgência|com urgência|o quanto antes|o mais rápido possível|assim que possível|o mais breve possível|imediatamente|agora mesmo|asap|prioridade máxima|pra ontem|para ontem}', strength: 'strong' },
    { term: '{hoje|ainda hoje|hoje mesmo|até o fim do dia|até o final do dia|até o fim do expediente|fim do dia|até hoje|hoje à tarde|hoje de manhã|hoje à noite|antes do almoço|na próxima hora|agora}', strength: 'weak' },
    { term: '{sem pressa|não é urgente|nada urgente|quando puder|quando você puder|quando vc puder|sem correria|com calma|tranquilo sem pressa|no seu tempo}', strength: 'not' },
  ],
  stopwords: [
    'agora', 'amanhã', 'com', 'da', 'das', 'do', 'dos', 'ela', 'ele', 'em', 'então', 'estou', 'eu', 'isso', 'mas', 'muito', 'não',
    'obrigado', 'oi', 'os', 'pra', 'seu', 'sua', 'também', 'tá', 'uma', 'você', 'vocês', 'vou',
  ],
  callSuggestion: 'Acho que seria mais fácil conversarmos sobre isso rapidinho. Você tem 15 minutos para uma call?',
  linkLabel: 'Link:',
};
