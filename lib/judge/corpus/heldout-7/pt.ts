// Seventh held-out corpus, Portuguese: pt-BR, pt-PT, and a few lines from Angola (pt-AO) and
// Mozambique (pt-MZ). Written blind (see README.md); never tune the judge on these.
import { c, inLocale, type HeldoutCase } from '../heldout/types';

/** The Portuguese cases of the seventh held-out set. */
export const PT: readonly HeldoutCase[] = [
  ...inLocale('pt', 'pt-BR', [
    // Acknowledgements.
    c('Beleza, valeu! 🙌', 'ack', 'hard'),
    c('Fechou, pode deixar comigo.', 'ack', 'hard'),
    c('kkkkkkk morri com esse meme', 'ack', 'hard'),
    c('Oi Renata, tudo bem?\n\nMuito obrigado pelo retorno rápido!\n\nAbraços,\nFelipe', 'ack', 'hard'),
    c('Parabéns, time! Bateram a meta do trimestre 🎉🎉', 'ack'),
    c('Show de bola, ficou muito bom o layout novo', 'ack', 'hard'),
    c('Aprovado da minha parte, pode seguir ✅', 'ack'),
    c('Deixa que eu vejo isso 👀', 'ack', 'hard'),
    c('Combinado então, obrigada!', 'ack'),
    c('De nada! Precisando é só falar 😉', 'ack', 'hard'),
    c('Anotado, obrigado Carol.', 'ack'),
    // Acknowledgement look-alikes that carry more.
    c('Valeu, mas ainda falta o anexo da nota fiscal, consegue mandar?', 'reply', 'hard'),
    c('Ok, mas só depois que o financeiro liberar.', 'hard'),
    c('Ótimo, mais um deploy quebrado na sexta à tarde. Amo.', 'hard'),
    c('Blz, entendi. Só que o cliente mudou o escopo de novo ontem, então o prazo de 15/08 não rola mais.', 'hard'),
    // Performance.
    c('Oi Carla, a avaliação de desempenho do Thiago ficou abaixo do esperado de novo. Acho que a gente precisa montar um plano de melhoria com ele ainda este mês.', 'performance'),
    c('Você consegue me mandar as notas do ciclo de feedback da galera de CS até quarta? Quero fechar a calibração.', 'performance', 'reply'),
    c('O Rodrigo não entregou nenhuma das metas que combinamos no semestre, e sinceramente não sei mais o que fazer com ele.', 'performance'),
    // Termination.
    c('Confidencial: vão rolar demissões no time de marketing semana que vem, umas 12 pessoas. Não comenta com ninguém por favor.', 'termination', 'hard'),
    c('A Juliana pediu as contas hoje, mas ainda não quer que o time saiba. Vou segurar até ela conversar com o pessoal.', 'termination', 'hard'),
    c('Vamos ter que desligar o Paulo. Você pode estar junto na conversa com ele na quinta às 10h?', 'termination', 'reply', 'hard'),
    // Hiring.
    c('Gostei muito da candidata pra vaga de dados, mandou super bem no case. Voto sim pra seguir com a proposta.', 'hiring'),
    c('O cara da entrevista de ontem não passou, infelizmente. Pode mandar o e-mail de retorno pra ele?', 'hiring', 'reply'),
    c('Reprovado na técnica: o código não rodava e ele não soube explicar a solução.', 'hiring'),
    c('Estamos contratando! Vagas abertas pra dev front-end em SP e remoto. Indicações são bem-vindas 😉', 'hard'),
    // Compensation.
    c('Recebi a planilha de reajuste: o pessoal do suporte vai ter 6%, mas o Lucas ficou de fora porque entrou faz menos de um ano.', 'compensation'),
    c('Cara, tô ganhando menos que o estagiário novo, isso não tá certo. Dá pra gente conversar sobre meu salário essa semana?', 'compensation', 'reply'),
    c('PLR desse ano só sai em março, segundo o RH.', 'compensation', 'hard'),
    // Reorganisation.
    c('Com a fusão com a Vértice, nosso time de vendas vai ficar embaixo da diretoria deles a partir de outubro.', 'reorg'),
    c('Ouvi dizer que vão juntar o time de growth com o de produto. Vc sabe de alguma coisa?', 'reorg', 'reply', 'hard'),
    c('Nova estrutura: a partir de segunda, o squad de pagamentos passa a reportar pra Fernanda.', 'reorg'),
    // Health.
    c('Gente, a Bia tá afastada pelo INSS, teve um burnout pesado. Eu vou redistribuir as demandas dela até ela voltar.', 'health'),
    c('Bom dia! Amanhã não vou, tenho cirurgia marcada. Volto na outra semana se tudo der certo 🙏', 'health'),
    c('Meus sentimentos pela perda da sua mãe, Rafa. Qualquer coisa que precisar, estamos aqui.', 'health', 'hard'),
    c('Tô meio mal hoje, acordei com uma enxaqueca daquelas. Vou trabalhar de casa e com a câmera desligada.', 'health'),
    // Legal.
    c('A ex-funcionária entrou com processo trabalhista contra a gente pedindo danos morais por assédio moral do antigo gestor.', 'legal'),
    c('Recebemos uma denúncia anônima no canal de ética sobre comentários racistas de um coordenador. Pode me ligar quando puder?', 'legal', 'reply'),
    c('Formalizei a advertência por escrito pro Diego hoje, depois das três faltas sem justificativa.', 'legal'),
    // Conflict.
    c('Sério, Marcelo, de novo? Você prometeu o relatório pra ontem e eu que fiquei com cara de tacho na frente da diretoria.', 'conflict', 'hard'),
    c('Não aguento mais você jogando a culpa em mim por tudo que dá errado nesse projeto.', 'conflict'),
    c('Fernando, na boa, chega de passar por cima de mim com o cliente. Isso é muito desrespeitoso.', 'conflict', 'hard'),
    c('Pô, tá difícil trabalhar assim. Todo dia é um incêndio novo nesse sistema.', 'hard'),
    // Technical senses of sensitive words.
    c('Mata o processo do worker que tá travado e sobe de novo, por favor', 'reply', 'hard'),
    c('Fiz o merge da branch de checkout na main, deu conflito no package-lock mas já resolvi.', 'hard'),
    c('A performance da query caiu depois do índice novo, tá levando 4s.', 'hard'),
    c('O job da folha de pagamento rodou certinho essa madrugada, sem erro.', 'hard'),
    // Requests and questions.
    c('Consegue revisar meu PR hoje ainda?', 'reply'),
    c('Preciso do contrato assinado até amanhã pra conseguir faturar.', 'reply', 'hard'),
    c('Você prefere que a reunião com o cliente seja presencial ou por vídeo?', 'reply'),
    c('Me passa o telefone do fornecedor de embalagem quando der', 'reply', 'hard'),
    c('Pessoal, favor atualizar o status das tarefas no Jira antes da daily.', 'reply', 'hard'),
    c('Alguém tem o link da gravação da reunião de ontem?', 'reply'),
    c('Vc topa uma call rápida às 16h pra alinhar o pitch?', 'reply'),
    // Questions that ask nothing, open offers, notices.
    c('Quem nunca esqueceu de dar push antes de sair, né? 😅', 'hard'),
    c('A Paula perguntou se dá pra antecipar a entrega, falei que não.', 'hard'),
    c('Qualquer dúvida sobre o novo fluxo de reembolso é só chamar no privado!', 'hard'),
    c('Lembrete: o escritório fecha mais cedo na quinta por causa do jogo do Brasil.', 'hard'),
  ]),
  ...inLocale('pt', 'pt-PT', [
    c('Obrigadíssimo, Nuno! Fica impecável assim.', 'ack'),
    c('Boa tarde Eng.ª Fernandes,\n\nMuito obrigado pela reunião de ontem e pela disponibilidade.\n\nCom os melhores cumprimentos,\nRicardo Almeida', 'ack'),
    c('Fixe, está combinado.', 'ack', 'hard'),
    c('Ya, tá-se bem 👍', 'ack', 'hard'),
    c('Pronto, vou tratar disso.', 'ack', 'hard'),
    c('Está ótimo, obrigado! 😊', 'ack'),
    c('Obrigada! Mas afinal a reunião é às 15h ou às 16h?', 'reply', 'hard'),
    c('O Hugo está de baixa médica desde segunda, parece que é coisa para durar. Vou redistribuir os clientes dele.', 'health'),
    c('A administração vai avançar com um despedimento coletivo na fábrica de Aveiro, cerca de 60 pessoas. Ainda não é público.', 'termination'),
    c('Podes confirmar-me se o aumento da Inês entra já no processamento de maio? Ela perguntou-me ontem.', 'compensation', 'reply'),
    c("Depois da avaliação anual, a Marta ficou com 'não cumpre' em dois objetivos. Consegues 20 minutos amanhã para alinharmos antes de lhe dar o feedback?", 'performance', 'reply'),
    c('O período experimental do Gonçalo não está a correr bem, falha prazo atrás de prazo. Estou a pensar não o confirmar no fim do mês.', 'performance', 'termination', 'hard'),
    c('Os prémios de desempenho deste ano foram cortados a metade, dizem que é por causa dos resultados.', 'compensation', 'hard'),
    c('Vamos fazer proposta ao candidato do Porto, o Tiago. Ficou claramente acima dos outros dois.', 'hiring'),
    c('Com a aquisição pela espanhola, a nossa equipa de TI vai ser integrada na deles em Madrid.', 'reorg'),
    c('Uma colaboradora apresentou queixa formal por assédio contra o chefe de turno. Por favor, não falem disto a ninguém até a averiguação estar concluída.', 'legal', 'hard'),
    c('Foi aberto um processo disciplinar ao operador do turno da noite.', 'legal'),
    c('Francamente, Rui, é a terceira vez que me deixas pendurado com o cliente. Estou farto disto.', 'conflict'),
    c('O servidor de testes está a ter problemas de desempenho desde o upgrade, vou reiniciá-lo às 18h.', 'hard'),
    c('Terminei a reestruturação das pastas no SharePoint, agora está tudo por departamento.', 'hard'),
    c('Tens um minuto para vermos a fatura da EDP?', 'reply'),
    c('Agradecia que me enviasse a proposta revista até sexta-feira.', 'reply', 'hard'),
    c('Ficamos com o fornecedor de Braga ou com o de Leiria? Preciso de decidir hoje.', 'reply'),
    c('Quem é que se lembrou de marcar a formação para sexta às 18h? Enfim.', 'hard'),
  ]),
  ...inLocale('pt', 'pt-AO', [
    c('Bom dia mano, tá bom, obrigado pela força 🙏', 'ack', 'hard'),
    c('Chefe, o kota do armazém está doente há uma semana, foi internado na clínica.', 'health', 'hard'),
    c('A direção vai juntar as delegações de Benguela e Lobito numa só, com um único responsável.', 'reorg'),
    c('Podes mandar-me o relatório de vendas de Luanda até amanhã?', 'reply'),
    c('O salário de março ainda não caiu na conta do pessoal da obra, já é dia 10.', 'compensation'),
    c('Estás a brincar comigo? Mandei-te o ficheiro três vezes e continuas a dizer que não recebeste. Assim não dá.', 'conflict', 'hard'),
  ]),
  ...inLocale('pt', 'pt-MZ', [
    c('Obrigado, maningue bom o trabalho que fizeram 👏', 'ack', 'hard'),
    c('Hahaha esta foi boa, chefe!', 'ack'),
    c('O contrato do colega do Niassa não vai ser renovado, ele sai no fim do mês. Ele ainda não sabe.', 'termination', 'hard'),
    c('O painel decidiu admitir a candidata de Quelimane para o posto de contabilista.', 'hiring'),
    c('Boa tarde, precisamos da vossa aprovação para o orçamento da viagem a Nampula.', 'reply', 'hard'),
  ]),
];
