import csv, gzip, os, numpy as np
HERE=os.path.dirname(os.path.abspath(__file__))
MOODS=["joy","surprise","neutral","fear","sadness","disgust","anger"]
M={"불평/불만":"anger","환영/호의":"joy","감동/감탄":"joy","지긋지긋":"anger","고마움":"joy","슬픔":"sadness","화남/분노":"anger","존경":"joy","기대감":"joy","우쭐댐/무시함":"disgust","안타까움/실망":"sadness","의심/불신":"anger","뿌듯함":"joy","편안/쾌적":"joy","신기함/관심":"surprise","아껴주는":"joy","부끄러움":"sadness","공포/무서움":"fear","절망":"sadness","한심함":"disgust","역겨움/징그러움":"disgust","짜증":"anger","어이없음":"anger","없음":"neutral","패배/자기혐오":"sadness","귀찮음":"anger","힘듦/지침":"sadness","즐거움/신남":"joy","깨달음":"surprise","죄책감":"sadness","증오/혐오":"disgust","흐뭇함(귀여움/예쁨)":"joy","당황/난처":"surprise","경악":"surprise","부담/안_내킴":"fear","서러움":"sadness","재미없음":"disgust","불쌍함/연민":"sadness","놀람":"surprise","행복":"joy","불안/걱정":"fear","기쁨":"joy","안심/신뢰":"joy","비장함":None}
NAMESAKE={"anger":"화남/분노","sadness":"슬픔","joy":"기쁨","fear":"공포/무서움","surprise":"놀람","disgust":"역겨움/징그러움"}
RARER=["fear","disgust","surprise","sadness","anger","joy"]
# The shared data, as everywhere in this repo: ../shared next to the repo root.
D=os.environ.get("MOODBOT_TEXT_DATA", os.path.join(HERE, "../../../../shared/data/text")) + "/"
OUT=os.environ.get("MOODBOT_EXPERIMENT_OUT", "/tmp/moodbot-korean-nsmc")
os.makedirs(OUT, exist_ok=True)
def labels():
    return [l.rstrip("\n").split("\t")[1] for l in open(D+"kote/labels.tsv",encoding="utf-8")][1:]
def gold(ls):
    votes={}
    for l in ls:
        m=M[l]
        if m and m!="neutral": votes[m]=votes.get(m,0)+1
    best=max(votes.values()) if votes else 0
    if best==0 or ("없음" in ls and best<3): return "neutral"
    tied=[m for m,v in votes.items() if v==best]
    named=[m for m in tied if NAMESAKE[m] in ls]
    c=named or tied
    return [m for m in RARER if m in c][0]
def kote(split):
    names=labels()
    X=[];Y=[]
    with open(D+"kote/%s.tsv"%split,encoding="utf-8") as f:
        for row in csv.reader(f,delimiter="\t"):
            X.append(row[1]); Y.append(MOODS.index(gold([names[int(i)] for i in row[2].split(",")]))) 
    return X,np.array(Y)
def nsmc():
    X=[];Y=[]
    with gzip.open(D+"nsmc/reviews.tsv.gz","rt",encoding="utf-8") as f:
        for line in f:
            p=line.rstrip("\n").split("\t")
            if len(p)<4 or not p[3].strip(): continue
            X.append(p[3]); Y.append((int(p[2])+1)//2)
    return X,np.array(Y)
